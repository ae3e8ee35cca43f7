// mention_parts.cc: the mention scanner's steps (method in mentions.cc).
#include "src/facts/mention_parts.h"

namespace dossier::facts::internal {
namespace {

constexpr size_t kMaxTitleWords = 4;
constexpr size_t kMaxChunkWords = 6;
constexpr size_t kMaxAppositiveTokens = 8;

bool IsParticleWord(std::string_view w) {
  return w == "de" || w == "da" || w == "van" || w == "von" || w == "der" || w == "bin" ||
         w == "al" || w == "el" || w == "la" || w == "le" || w == "du" || w == "dos" ||
         w == "del" || w == "di" || w == "ibn";
}

// A capitalized adjective ("Republican party", "Communist party"): its lower-case
// ending is an adjective's, so a noun after it says nothing of what it names.
bool AdjectiveEnding(std::string_view lower) {
  for (std::string_view end : {"an", "ist", "ic", "al", "ive"}) {
    if (lower.size() > end.size() + 2 && lower.ends_with(end)) return true;
  }
  return false;
}

bool IsOpeningQuote(char32_t cp) { return cp == '"' || cp == 0x201C || cp == 0x2018 || cp == '('; }

}  // namespace

MentionScanner::MentionScanner(std::string_view text) : s_(text) {
  while (first_word_ < s_.size() && !s_.IsWord(first_word_)) ++first_word_;
}

bool MentionScanner::IsCapWord(size_t i) const { return s_.IsWord(i) && s_.toks[i].cap; }

// A function word, also with a contraction: "However", "I've", "We're".
bool MentionScanner::IsStop(size_t i) const {
  std::string_view w = s_.lower[i];
  size_t apostrophe = std::min(w.find('\''), w.find("\xe2\x80\x99"));
  return s_.lex.stopwords.contains(w.substr(0, apostrophe));
}

bool MentionScanner::IsInitial(size_t i) const {
  if (i == first_word_) return true;
  if (i == 0 || s_.toks[i - 1].type != TokType::kPunct) return false;
  const Tok& p = s_.toks[i - 1];
  bool opening = IsOpeningQuote(p.cp) && (p.space_before || i == 1);  // not a closing '"'
  return opening || p.cp == ':' || p.cp == ')' || p.cp == 0x2014;
}

std::string MentionScanner::Surface(size_t first, size_t end) const {
  std::string out;
  bool space = false;
  for (char c : s_.text.substr(s_.toks[first].begin, s_.toks[end - 1].end - s_.toks[first].begin)) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Longest lexicon name starting at i; all-caps single words are tried title-cased too
// ("MOSCOW" in a dateline).
const KnownName* MentionScanner::KnownAt(size_t i, size_t* len) const {
  const KnownName* best = nullptr;
  if (!s_.lex.known_first.contains(TokText(s_.text, s_.toks[i])) && !s_.toks[i].all_caps) {
    return nullptr;
  }
  std::string key;
  size_t limit = std::min(s_.size(), i + static_cast<size_t>(s_.lex.max_known_tokens));
  for (size_t j = i; j < limit; ++j) {
    if (j > i && s_.toks[j].space_before) key.push_back(' ');
    key += TokText(s_.text, s_.toks[j]);
    if (s_.IsWord(j) || s_.IsNumber(j) || s_.IsPunct(j, '.')) {
      if (auto it = s_.lex.known.find(key); it != s_.lex.known.end()) {
        best = &it->second;
        *len = j - i + 1;
      }
    }
    if (s_.toks[j].possessive) break;
  }
  if (best == nullptr && s_.toks[i].all_caps) {
    std::string title_case = s_.lower[i];
    title_case[0] = static_cast<char>(title_case[0] - 'a' + 'A');
    if (auto it = s_.lex.known.find(title_case); it != s_.lex.known.end()) {
      best = &it->second;
      *len = 1;
    }
  }
  return best;
}

size_t MentionScanner::TitleAt(size_t i) const {
  size_t best = 0, words = 0;
  if (!s_.IsWord(i) || !s_.lex.title_first.contains(s_.lower[i])) return 0;
  std::string key;
  for (size_t j = i; j < s_.size() && words < kMaxTitleWords; ++j) {
    if (s_.IsPunct(j, '.') && !s_.toks[j].space_before) {
      if (best == j - i) best = j - i + 1;  // "Gen." takes its period
      continue;
    }
    if (!s_.IsWord(j) || (words > 0 && !IsCapWord(j) && s_.lower[j] != "of")) break;
    if (words++ > 0) key.push_back(' ');
    key += s_.lower[j];
    auto it = s_.lex.titles.find(key);
    if (it != s_.lex.titles.end() && (!it->second || (s_.IsPunct(j + 1, '.') && s_.Glued(j + 1)))) {
      best = j - i + 1;
    }
    if (s_.toks[j].possessive) break;
  }
  return best;
}

// An organization cue among the next few capitalized words: "People's Party".
bool MentionScanner::OrgCueAhead(size_t k) const {
  for (size_t j = k; j < k + 3 && IsCapWord(j); ++j) {
    if (s_.lex.org_cues.contains(TokText(s_.text, s_.toks[j]))) return true;
  }
  return false;
}

// "F-16", "COVID-19", "Su-57": a code, not a name; a single letter is an initial.
bool MentionScanner::IsCodeName(const Chunk& c) const {
  bool one_letter = s_.toks[c.first].end - s_.toks[c.first].begin == 1;
  if (one_letter && (c.end - c.first == 1 || s_.IsDash(c.first + 1))) return true;  // "R-Va."
  return s_.IsDash(c.end) && s_.Glued(c.end) && s_.IsNumber(c.end + 1) && s_.Glued(c.end + 1);
}

bool MentionScanner::IsParticle(size_t i) const {
  return s_.IsWord(i) && !s_.toks[i].cap && IsParticleWord(s_.lower[i]) && IsCapWord(i + 1);
}

Chunk MentionScanner::ReadChunk(size_t i) const {
  Chunk c;
  c.first = i;
  size_t k = i, words = 0;
  bool org = false, after_of = false;
  while (k < s_.size() && words < kMaxChunkWords) {
    size_t title_len = k == i ? 0 : TitleAt(k);
    bool title_starts = title_len > 0 && IsCapWord(k + title_len);  // "Hun Sen." is a name
    // "University of Southern California": after "of" in an organization's name, a
    // compass word opens the place it names.
    bool compass = org && after_of && IsCapWord(k + 1) &&
                   (s_.lower[k] == "northern" || s_.lower[k] == "southern" ||
                    s_.lower[k] == "eastern" || s_.lower[k] == "western");
    if (IsCapWord(k) && (k == i || ((!IsStop(k) || compass) && !title_starts))) {
      size_t len = 0;
      // A known name inside an organization's name does not end it: "Bank of England",
      // "Economic Community of West African States", "Democratic Senate Caucus", and
      // after a cue word "Air France", "Bank Indonesia", "Radio France".
      // ... nor does a one-word place after a given name: "Michael Jordan", "Tom
      // Georgia" are people.
      bool surname = words == 1 && s_.lex.given_names.contains(TokText(s_.text, s_.toks[i]));
      if (k > i && KnownAt(k, &len) != nullptr && !org && !OrgCueAhead(k + len) &&
          !(surname && len == 1)) {
        break;
      }
      org = org || s_.lex.org_cues.contains(TokText(s_.text, s_.toks[k]));
      ++words;
      bool possessive = s_.toks[k].possessive;
      ++k;
      // "People's Party", "St. Mary's Hospital" go on; "Hun Sen's Cambodian People's
      // Party" is a person's and then another name, and an acronym's is its owner's:
      // "LAPD's Homicide Bureau" is the LAPD's bureau.
      size_t known_len = 0;
      if (possessive && (!OrgCueAhead(k) || KnownAt(k, &known_len) != nullptr ||
                         (s_.toks[k - 1].all_caps && s_.toks[k - 1].end - s_.toks[k - 1].begin >= 2))) {
        break;
      }
      if (s_.IsPunct(k, '.') && s_.Glued(k) && s_.toks[k - 1].end - s_.toks[k - 1].begin <= 3 &&
          IsCapWord(k + 1)) {
        ++k;  // middle initial or abbreviation: "Joseph R. Biden", "St. Louis"
      }
    } else if (k > i && s_.Is(k, "the") && words == 1 && IsCapWord(k + 1) && !IsStop(k + 1) &&
               s_.lex.given_names.contains(TokText(s_.text, s_.toks[i])) && TitleAt(k + 1) == 0) {
      ++k;  // "John the Baptist", "Ivan the Terrible"
    } else if (k > i && (IsParticle(k) ||
                         (org && (s_.Is(k, "of") || s_.Is(k, "for")) && IsCapWord(k + 1)) ||
                         (s_.IsPunct(k, '&') && IsCapWord(k + 1)) ||  // "Smith & Nephew"
                         (s_.IsDash(k) && s_.Glued(k) && s_.Glued(k + 1) && IsCapWord(k + 1)))) {
      after_of = after_of || (org && (s_.Is(k, "of") || s_.Is(k, "for")));
      ++k;
    } else {
      break;
    }
  }
  c.end = k;
  while (c.end > c.first + 1 && !s_.IsWord(c.end - 1)) --c.end;
  return c;
}

EntityType MentionScanner::Classify(const Chunk& c) const {
  size_t words = 0;
  bool all_caps = true;
  for (size_t k = c.first; k < c.end; ++k) {
    if (!s_.IsWord(k)) continue;
    ++words;
    all_caps = all_caps && s_.toks[k].all_caps;
  }
  // Organization cues win over place cues: "Seminole County Child Protective Services".
  for (const WordSet* cues : {&s_.lex.org_cues, &s_.lex.place_cues}) {
    for (size_t k = c.first + (cues == &s_.lex.place_cues); k < c.end && words >= 2; ++k) {
      if (s_.IsWord(k) && cues->contains(TokText(s_.text, s_.toks[k]))) {
        return cues == &s_.lex.org_cues ? EntityType::kOrganization : EntityType::kPlace;
      }
    }
    if (c.end > c.first && s_.IsPunct(c.first + 1, '&')) return EntityType::kOrganization;
  }
  std::string_view first = TokText(s_.text, s_.toks[c.first]);
  if (words < 2 || words > 4 || all_caps) return EntityType::kOther;
  // A multi-word name is a person only on evidence: a known given name, or a speech
  // verb right after it ("Sam Rainsy said"). Title-case headlines ("Satellite Images
  // Reveal") would otherwise become people.
  bool speaks = s_.Is(c.end, "said") || s_.Is(c.end, "says") || s_.Is(c.end, "told");
  return s_.lex.given_names.contains(first) || speaks ? EntityType::kPerson : EntityType::kOther;
}

// The head noun of an appositive after a name, lower case, or "": "scientist" in ",
// a forensic scientist at Liverpool", "company" in ", a major German hair-care
// company.". The head is the last word before punctuation or a preposition, and is
// written in lower case ("In Kinshasa, the Ministry of Defense said" has none); a
// possessive restarts it ("the company's founder" has head "founder"); a verb or other
// function word after it means no appositive ("the Asian Games, a senior police officer
// said").
std::string_view MentionScanner::AppositiveHead(size_t end) const {
  if (!s_.IsPunct(end, ',')) return "";
  size_t k = end + 1;
  if (s_.Is(k, "a") || s_.Is(k, "an") || s_.Is(k, "the")) ++k;
  std::string_view head;
  for (size_t n = 0; k < s_.size() && n < kMaxAppositiveTokens; ++k, ++n) {
    if (s_.IsDash(k) && s_.Glued(k) && s_.Glued(k + 1)) continue;  // "hair-care"
    if (s_.Is(k, "of") || s_.Is(k, "at") || s_.Is(k, "for") || s_.Is(k, "in") ||
        s_.Is(k, "who") || s_.Is(k, "whose") || s_.Is(k, "from") || s_.Is(k, "with") ||
        s_.Is(k, "based") || s_.Is(k, "and")) {
      return head;
    }
    if (!s_.IsWord(k)) break;
    if (IsStop(k)) return "";
    head = s_.toks[k].cap ? std::string_view() : std::string_view(s_.lower[k]);
  }
  bool closed = k >= s_.size() || s_.IsPunct(k, ',') || s_.IsPunct(k, '.') || s_.IsPunct(k, ';') ||
                s_.IsPunct(k, ')');
  return closed ? head : "";
}

// What an unknown name is by the noun written with it (kind_nouns.txt): a person for
// "chemist Luigi Rossi", ", a forensic scientist at", or an age (", 49,"); an
// organization for "giant Monsanto", "the Funcinpec party", ", a German hair-care
// company". kOther when nothing says. (An age before the name is no evidence: "the
// 12-year-old Mir station" is a thing.)
EntityType MentionScanner::KindEvidence(const Chunk& c) const {
  const Lexicon& lex = s_.lex;
  bool before = c.first > 0 && s_.IsWord(c.first - 1) && !s_.toks[c.first - 1].cap &&
                !s_.toks[c.first - 1].possessive;
  std::string_view prev = before ? std::string_view(s_.lower[c.first - 1]) : std::string_view();
  std::string_view head = AppositiveHead(c.end);
  bool age = s_.IsPunct(c.end, ',') && s_.IsNumber(c.end + 1) &&
             s_.toks[c.end + 1].end - s_.toks[c.end + 1].begin <= 3 &&
             (s_.IsPunct(c.end + 2, ',') || s_.IsPunct(c.end + 2, '.'));
  // An acronym ("ETA, a reporter from ... said") is an organization's name, not a
  // person's, whatever the appositive after it says.
  const bool acronym = c.end - c.first == 1 && s_.toks[c.first].all_caps;
  if (!acronym && (age || lex.person_nouns.contains(prev) || lex.person_nouns.contains(head))) {
    return EntityType::kPerson;
  }
  // "Ranariddh's party" is his party, not what he is.
  bool after = s_.IsWord(c.end) && !s_.toks[c.end].cap && !s_.toks[c.end - 1].possessive &&
               lex.org_after_nouns.contains(s_.lower[c.end]) &&
               !(c.end - c.first == 1 && AdjectiveEnding(s_.lower[c.first]));
  if (after || lex.org_nouns.contains(prev) || lex.org_nouns.contains(head)) {
    return EntityType::kOrganization;
  }
  return EntityType::kOther;
}

// "Charles de Gaulle airport": a place noun of kind_nouns.txt written right after the
// name makes it a place's name, whatever its first word suggests.
bool MentionScanner::PlaceNounFollows(const Chunk& c) const {
  return s_.IsWord(c.end) && !s_.toks[c.end].cap && !s_.toks[c.end - 1].possessive &&
         s_.lex.place_after_nouns.contains(s_.lower[c.end]);
}

// Whether the chunk ending at `end` modifies a noun after it ("the chief Concorde
// pilot", "a senior Pentagon official"): a lower-case word that is neither a stopword nor
// a verb form (an irregular one of verb_forms.txt, or one ending in -ed or -s) follows.
// A title before such a chunk is the noun's, not the name's.
bool MentionScanner::NounFollows(size_t end) const {
  if (!s_.IsWord(end) || s_.toks[end].cap || IsStop(end)) return false;
  const std::string& w = s_.lower[end];
  return !s_.lex.verb_forms.contains(w) && !w.ends_with("ed") && !w.ends_with('s');
}

// "Kremlin spokesman", "White House press secretary", "spokesman" right before `first`.
std::string MentionScanner::LowerTitleBefore(size_t first) const {
  if (first > 1 && s_.IsPunct(first - 1, ',')) {
    // "the ministry's spokesman, Ivan Petrov, said": only when the name is set off.
    size_t end = ReadChunk(first).end;
    if (!s_.IsPunct(end, ',') || s_.IsWord(first - 2) == false) return "";
    --first;
  }
  for (size_t n = 3; n >= 1; --n) {
    if (first < n) continue;
    std::string p = s_.Phrase(first - n, n);
    if (p.empty() || !s_.lex.title_words.contains(p) || s_.toks[first - n].cap) continue;
    size_t from = first - n;
    if (last_end_ == from && !out_.empty() && out_.back().type == EntityType::kOrganization) {
      from = last_begin_;  // "Kremlin spokesman", but "Cambodian leader" -> "leader"
    }
    return Surface(from, first);
  }
  return "";
}

// ", spokesman for the Kremlin," / ", the White House press secretary." after a name.
std::string MentionScanner::AppositiveTitle(size_t end) const {
  if (!s_.IsPunct(end, ',')) return "";
  size_t k = end + 1;
  if (s_.Is(k, "the") || s_.Is(k, "a") || s_.Is(k, "an")) ++k;
  size_t from = k, stop = std::min(s_.size(), k + kMaxAppositiveTokens);
  bool has_title = false;
  while (k < stop && s_.IsWord(k)) {
    if (!s_.toks[k].cap && s_.lex.title_words.contains(s_.Phrase(k, 2))) {
      has_title = true;  // "press secretary"
      k += 2;
      continue;
    }
    bool title_word = !s_.toks[k].cap && s_.lex.title_words.contains(s_.lower[k]);
    bool link = has_title && (s_.Is(k, "for") || s_.Is(k, "of") || s_.Is(k, "to") || s_.Is(k, "the"));
    if (!title_word && !link && !s_.toks[k].cap) break;
    has_title = has_title || title_word;
    ++k;
  }
  // Closed by punctuation; "Sissi, a Hagel spokesman said" is a speaker, not an appositive.
  bool closed = k >= s_.size() || s_.IsPunct(k, ',') || s_.IsPunct(k, '.');
  while (k > from && !has_title) --k;
  if (!has_title || !closed || s_.Is(k - 1, "the")) return "";
  return Surface(from, k);
}

// Whether the demonym at [i, i + len) stands for its state: a singular adjective before
// a state noun ("Russian troops", "Chinese officials") or a title ("French President").
// "Chinese medicine", "American students" and "the Russians" (a people) do not.
bool MentionScanner::StateDemonym(size_t i, size_t len, const KnownName& k) const {
  size_t next = i + len;
  if (k.people || next >= s_.size() || !s_.IsWord(next)) return false;
  return s_.lex.state_nouns.contains(s_.lower[next]) || TitleAt(next) > 0;
}

void MentionScanner::EmitKnown(size_t i, size_t len, const KnownName& k) {
  if (k.demonym && !StateDemonym(i, len, k)) return;
  Mention m;
  m.span = {s_.toks[i].begin, s_.toks[i + len - 1].end};
  m.type = k.type;
  m.name = k.canonical;
  m.surface = Surface(i, i + len);
  m.demonym = k.demonym;
  out_.push_back(std::move(m));
  last_begin_ = i;
  last_end_ = i + len;
}

// The longest description (descriptions.txt) of lower-case words at i, not followed by
// a capitalized word or "of", which would make it part of a name or another thing ("the
// alliance of opposition parties").
size_t MentionScanner::DescriptionAt(size_t i) const {
  size_t best = 0;
  for (size_t n = 1; n <= static_cast<size_t>(s_.lex.max_description_words); ++n) {
    if (!s_.IsWord(i + n - 1)) break;
    if (s_.lex.descriptions.contains(s_.Phrase(i, n))) best = n;
  }
  if (best == 0 || s_.Is(i + best, "of") || IsCapWord(i + best)) return 0;
  return best;
}

void MentionScanner::EmitDescription(size_t the, size_t words) {
  Mention m;
  m.span = {s_.toks[the].begin, s_.toks[the + words].end};
  m.type = EntityType::kOrganization;
  m.name = s_.Phrase(the + 1, words);
  m.surface = Surface(the, the + 1 + words);
  m.description = true;
  out_.push_back(std::move(m));
  last_begin_ = the;
  last_end_ = the + 1 + words;
}

void MentionScanner::EmitChunk(const Chunk& c, std::string title) {
  Mention m;
  m.span = {s_.toks[c.first].begin, s_.toks[c.end - 1].end};
  m.type = c.type;
  m.surface = m.name = Surface(c.first, c.end);
  if (title.empty() && (c.type == EntityType::kPerson || c.type == EntityType::kOther)) {
    if (!NounFollows(c.end)) title = LowerTitleBefore(c.first);
    if (title.empty()) title = AppositiveTitle(c.end);
  }
  if (!title.empty() && m.type == EntityType::kOther) m.type = EntityType::kPerson;
  if (m.type == EntityType::kPerson) m.title = std::move(title);
  bool single = c.end - c.first == 1;
  m.tentative = IsInitial(c.first) && m.title.empty() && !c.kind_evidence &&
                !s_.lex.given_names.contains(m.name) &&
                (single || m.type == EntityType::kPerson || m.type == EntityType::kOther) &&
                !(m.type == EntityType::kPerson && !single &&
                  s_.lex.given_names.contains(TokText(s_.text, s_.toks[c.first])));
  out_.push_back(std::move(m));
  last_begin_ = c.first;
  last_end_ = c.end;
}

// An all-capital word beside another: a shouted headline ("THE FACTS"), not an acronym.
bool MentionScanner::IsShouted(size_t i) const {
  if (!s_.toks[i].all_caps) return false;
  return (s_.IsWord(i + 1) && s_.toks[i + 1].all_caps) || (i > 0 && s_.IsWord(i - 1) && s_.toks[i - 1].all_caps);
}

// A place or organization name that opens an organization's name ("Odessa Police
// Department", "Senate Foreign Relations Committee") becomes part of it; otherwise the known name is emitted alone.
// Returns the token after what was emitted.
size_t MentionScanner::EmitKnownOrOrganization(size_t i, size_t len, const KnownName& k) {
  size_t next = i + len;
  // "Asia-Pacific Economic Cooperation": a hyphenated compound that opens an
  // organization's name is part of it.
  if (s_.IsDash(next) && s_.Glued(next) && s_.Glued(next + 1) && IsCapWord(next + 1)) {
    Chunk whole = ReadChunk(i);
    if (whole.end > next + 1 && Classify(whole) == EntityType::kOrganization) {
      whole.type = EntityType::kOrganization;
      EmitChunk(whole, "");
      return whole.end;
    }
  }
  // A demonym opens organizations' names ("Cambodian People's Party", "American
  // Medical Association"), not places'.
  if (k.type != EntityType::kOther && !s_.toks[next - 1].possessive &&
      IsCapWord(next) && !s_.lex.stopwords.contains(s_.lower[next]) && TitleAt(next) == 0) {
    size_t unused = 0;
    Chunk rest = ReadChunk(next);
    std::string_view word = TokText(s_.text, s_.toks[next]);
    if (rest.end == next + 1 && k.type == EntityType::kPlace && !k.demonym &&
        s_.lex.place_cues.contains(word)) {
      rest.first = i;  // "Kansas City", "Cook County"
      rest.type = EntityType::kPlace;
      EmitChunk(rest, "");
      return rest.end;
    }
    bool cue = rest.end == next + 1 && s_.lex.org_cues.contains(word);
    if (KnownAt(next, &unused) == nullptr && (cue || Classify(rest) == EntityType::kOrganization)) {
      rest.type = EntityType::kOrganization;
      rest.first = i;
      EmitChunk(rest, "");
      return rest.end;
    }
  }
  EmitKnown(i, len, k);
  return next;
}

std::vector<Mention> MentionScanner::Run() {
  std::string title;
  size_t title_begin = 0, title_end = 0;  // the pending title's tokens
  for (size_t i = 0; i < s_.size();) {
    size_t particle_len = 0;
    if (s_.IsWord(i) && !s_.toks[i].cap && IsParticleWord(s_.lower[i]) && s_.IsDash(i + 1)) {
      if (const KnownName* k = KnownAt(i, &particle_len)) {  // "al-Qaeda"
        EmitKnown(i, particle_len, *k);
        i += particle_len;
        continue;
      }
    }
    if (s_.Is(i, "the")) {
      if (size_t words = DescriptionAt(i + 1); words > 0) {
        EmitDescription(i, words);
        i += 1 + words;
        continue;
      }
    }
    if (!IsCapWord(i)) {
      ++i;
      continue;
    }
    size_t known_len = 0, title_len = TitleAt(i);
    const KnownName* known = KnownAt(i, &known_len);
    if (title_len > 0 && s_.toks[i + title_len - 1].possessive && OrgCueAhead(i + title_len)) {
      // "Attorney General's Office", "Sheriff's Department": an office, not a person.
      for (i += title_len; IsCapWord(i); ++i) {
      }
      continue;
    }
    if (title_len > 0 && title_len >= known_len && IsCapWord(i + title_len)) {
      // "Major League Baseball", "General Motors": a title word that opens an
      // organization's name is part of it.
      if (Chunk whole = ReadChunk(i); whole.end > i + title_len &&
                                      Classify(whole) == EntityType::kOrganization) {
        whole.type = EntityType::kOrganization;
        EmitChunk(whole, "");
        i = whole.end;
        continue;
      }
      bool former = i > 0 && (s_.Is(i - 1, "former") || s_.Is(i - 1, "ex"));
      title = (former ? "former " : "") + Surface(i, i + title_len);
      title_begin = i;
      i += title_len;
      title_end = i;
      continue;
    }
    std::string pending = title_end == i ? title : "";
    if (known != nullptr) {
      i = EmitKnownOrOrganization(i, known_len, *known);
    } else if (IsStop(i) || title_len > 0 || IsShouted(i)) {
      ++i;  // function word, lone title, or shouted headline
    } else {
      Chunk c = ReadChunk(i);
      if (IsCodeName(c)) {
        i = c.end;
        continue;
      }
      // "Minister of Education Joseph Kamotho", "Secretary of Defense William Cohen": the
      // first word after "<title> of" is the office's portfolio, not the person's name.
      if (c.end - c.first >= 3 && c.first >= 2 && s_.Is(c.first - 1, "of") &&
          s_.lex.title_words.contains(s_.lower[c.first - 2])) {
        ++c.first;
      }
      c.type = PlaceNounFollows(c) ? EntityType::kPlace : Classify(c);
      // "Log Cabin Republicans": two or more unknown capitalized words before a known
      // organization's name make a longer organization's name, not a thing of their own
      // and the party. One word is often a part of the organization ("House
      // Republicans": the party's members in the House), which stays the party.
      size_t org_len = 0;
      if (c.type == EntityType::kOther && pending.empty() && c.end - c.first >= 2 &&
          c.end < s_.size() && s_.IsWord(c.end)) {
        const KnownName* org = KnownAt(c.end, &org_len);
        if (org != nullptr && org->type == EntityType::kOrganization && !org->demonym &&
            !s_.toks[c.end - 1].possessive) {
          c.end += org_len;
          c.type = EntityType::kOrganization;
        }
      }
      if (c.type == EntityType::kOther && pending.empty()) {
        c.type = KindEvidence(c);
        c.kind_evidence = c.type != EntityType::kOther;
      }
      if (!pending.empty() && (c.type == EntityType::kPlace || c.type == EntityType::kOrganization)) {
        // "Queen Victoria Road", "King Fahd Hospital": a title that opens a place's or an
        // organization's name (by its cue word) is part of the name, not a person's title.
        c.first = title_begin;
        pending.clear();
      } else if (!pending.empty()) {
        c.type = EntityType::kPerson;
      }
      EmitChunk(c, pending);
      i = c.end;
    }
  }
  return std::move(out_);
}

}  // namespace dossier::facts::internal
