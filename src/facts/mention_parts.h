// mention_parts.h: the scanner behind ExtractMentions (internal; see mentions.cc).
#ifndef DOSSIER_SRC_FACTS_MENTION_PARTS_H_
#define DOSSIER_SRC_FACTS_MENTION_PARTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "src/facts/facts.h"
#include "src/facts/quantity_parts.h"

namespace dossier::facts::internal {

struct Chunk {
  size_t first = 0, end = 0;  // tokens [first, end)
  EntityType type = EntityType::kOther;
  bool kind_evidence = false;  // typed by KindEvidence, not by cue words or given names
};

class MentionScanner {
 public:
  explicit MentionScanner(std::string_view text);
  std::vector<Mention> Run();

 private:
  bool IsCapWord(size_t i) const;
  bool IsStop(size_t i) const;
  bool IsShouted(size_t i) const;
  bool IsInitial(size_t i) const;
  // Surface of tokens [first, end) with single spaces where the text had whitespace.
  std::string Surface(size_t first, size_t end) const;
  const KnownName* KnownAt(size_t i, size_t* len) const;
  size_t TitleAt(size_t i) const;  // tokens the title takes, 0 if none
  bool IsParticle(size_t i) const;
  bool OrgCueAhead(size_t k) const;
  bool IsCodeName(const Chunk& c) const;
  Chunk ReadChunk(size_t i) const;
  EntityType Classify(const Chunk& c) const;
  EntityType KindEvidence(const Chunk& c) const;
  std::string_view AppositiveHead(size_t end) const;
  std::string LowerTitleBefore(size_t first) const;
  bool NounFollows(size_t end) const;
  bool PlaceNounFollows(const Chunk& c) const;
  std::string AppositiveTitle(size_t end) const;
  bool StateDemonym(size_t i, size_t len, const KnownName& k) const;
  void EmitKnown(size_t i, size_t len, const KnownName& k);
  size_t EmitKnownOrOrganization(size_t i, size_t len, const KnownName& k);
  void EmitChunk(const Chunk& c, std::string title);
  size_t DescriptionAt(size_t i) const;  // words of the description at i, 0 if none
  void EmitDescription(size_t the, size_t words);

  Sent s_;
  size_t first_word_ = 0;
  size_t last_end_ = 0;       // token after the last mention emitted
  size_t last_begin_ = 0;     // its first token
  std::vector<Mention> out_;
};

}  // namespace dossier::facts::internal

#endif  // DOSSIER_SRC_FACTS_MENTION_PARTS_H_
