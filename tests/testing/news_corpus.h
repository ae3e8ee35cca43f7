// news_corpus.h: a deterministic stream of small synthetic news articles, for tests and
// benchmarks that need many articles of known shape (tests/integration/crash_test.cc,
// tests/api/engine_db_test.cc, bench/ingest_benchmark.cc).
//
//   testing::CorpusOptions options;              // 40 stories x 8 articles, 6 outlets
//   for (const std::string& line : testing::GenerateCorpus(options)) out << line << "\n";
//
// Each story has its own people, place and subject words; its articles are written by
// several outlets over a few days from a shared pool of sentences about it plus common
// filler. Every outlet ends its articles with its own furniture lines (a newsletter
// prompt, which a phrase rule removes, and the name of its bulletin, which only the
// cleaning evidence can tell from text: it repeats across the outlet's articles); some articles are
// exact repeats of an earlier one (the same article read twice) and some are near copies
// (syndicated: another outlet, one sentence changed). Lines are JSONL articles with id,
// title, date, source, url and text. The same options give the same bytes on every
// platform (splitmix64, no std:: distributions).
#ifndef DOSSIER_TESTS_TESTING_NEWS_CORPUS_H_
#define DOSSIER_TESTS_TESTING_NEWS_CORPUS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dossier::testing {

struct CorpusOptions {
  int stories = 40;
  int articles_per_story = 8;
  int outlets = 6;
  int sentences = 14;     // per article, in paragraphs of two
  int repeat_every = 9;   // every n-th article repeats an earlier one exactly (0: never)
  int copy_every = 6;     // every n-th article is a near copy of an earlier one (0: never)
  uint64_t seed = 20240501;
};

class CorpusRandom {
 public:
  explicit CorpusRandom(uint64_t seed) : state_(seed) {}
  uint64_t Next() {  // splitmix64
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform enough in [0, n) for n far below 2^32.
  size_t Below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(Next() % n); }

 private:
  uint64_t state_;
};

namespace corpus_internal {

inline const std::vector<std::string>& Syllables() {
  static const std::vector<std::string> s = {
      "bar", "ven", "tor", "li", "ma", "ko", "ril", "sen", "da", "mor", "vel", "tan",
      "qui", "ras", "po", "len", "dru", "fen", "gal", "hos", "ith", "jor", "kel", "lum",
      "nar", "ost", "pel", "rok", "sil", "tum", "ul", "vor", "wen", "yar", "zel", "bro"};
  return s;
}

inline const std::vector<std::string>& Subjects() {
  static const std::vector<std::string> s = {
      "flood", "strike", "election", "merger", "wildfire", "bridge", "vaccine", "tariff",
      "earthquake", "budget", "protest", "drought", "satellite", "pipeline", "stadium",
      "railway", "hospital", "court ruling", "heatwave", "ferry", "mine", "harbour",
      "refinery", "landslide", "festival", "treaty", "scandal", "recall", "outage", "cyclone"};
  return s;
}

inline const std::vector<std::string>& Verbs() {
  static const std::vector<std::string> s = {
      "announced", "criticised", "inspected", "defended", "postponed", "approved",
      "questioned", "confirmed", "visited", "rejected", "welcomed", "described"};
  return s;
}

inline const std::vector<std::string>& Filler() {
  static const std::vector<std::string> s = {
      "Officials said more details would be released later in the week.",
      "Residents told reporters they had not been warned in advance.",
      "The opposition called for an independent review of the decision.",
      "Analysts expect the matter to come up again at the next session.",
      "A spokesperson declined to comment on the timing of the announcement.",
      "Local businesses said the uncertainty had already cost them customers.",
      "The ministry published a short statement on its website on Tuesday.",
      "Several groups planned to meet with regional authorities next month.",
      "Experts cautioned that early figures are often revised.",
      "The issue has divided opinion in the region for several years."};
  return s;
}

inline std::string Name(CorpusRandom* r, int syllables) {
  std::string n;
  for (int i = 0; i < syllables; ++i) n += Syllables()[r->Below(Syllables().size())];
  n[0] = static_cast<char>(n[0] - 'a' + 'A');
  return n;
}

inline std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out + "\"";
}

struct StoryFacts {
  std::string person, other, place, subject, agency;
  int day = 1;
  std::vector<std::string> sentences;  // the pool its articles draw from
};

inline StoryFacts MakeStory(CorpusRandom* r, int index) {
  StoryFacts s;
  s.person = Name(r, 2) + " " + Name(r, 3);
  s.other = Name(r, 2) + " " + Name(r, 2);
  s.place = Name(r, 3);
  s.subject = Subjects()[static_cast<size_t>(index) % Subjects().size()];
  s.agency = Name(r, 2) + " Authority";
  s.day = 1 + static_cast<int>(r->Below(20));
  const int number = 3 + static_cast<int>(r->Below(900));
  for (int k = 0; k < 12; ++k) {
    const std::string& verb = Verbs()[r->Below(Verbs().size())];
    switch (k % 4) {
      case 0:
        s.sentences.push_back(s.person + " " + verb + " the " + s.subject + " plan in " +
                              s.place + " on Monday, the " + s.agency + " said.");
        break;
      case 1:
        s.sentences.push_back("The " + s.subject + " in " + s.place + " affected " +
                              std::to_string(number + k) + " people, according to " + s.other +
                              ".");
        break;
      case 2:
        s.sentences.push_back(s.other + " " + verb + " how the " + s.agency +
                              " handled the " + s.subject + " near " + s.place + ".");
        break;
      default:
        s.sentences.push_back("In " + s.place + ", " + s.person + " said the " + s.subject +
                              " would be reviewed by the " + s.agency + " before winter.");
    }
  }
  return s;
}

}  // namespace corpus_internal

// One JSONL line per article, in arrival order.
inline std::vector<std::string> GenerateCorpus(const CorpusOptions& options) {
  using namespace corpus_internal;
  CorpusRandom r(options.seed);
  std::vector<StoryFacts> stories;
  for (int i = 0; i < options.stories; ++i) stories.push_back(MakeStory(&r, i));
  std::vector<std::string> outlets;
  for (int k = 0; k < options.outlets; ++k) outlets.push_back(Name(&r, 2) + " " + Name(&r, 2));
  struct Written {
    int story;
    std::string title, date, source, url;
    std::vector<std::string> sentences;
  };
  std::vector<Written> written;
  std::vector<std::string> lines;
  const int total = options.stories * options.articles_per_story;
  for (int n = 0; n < total; ++n) {
    const std::string id = "a" + std::to_string(n + 1);
    auto line_of = [&](const Written& w) {
      std::string text;
      for (size_t k = 0; k < w.sentences.size(); ++k) {
        text += w.sentences[k];
        text += k % 2 == 1 ? "\n\n" : " ";
      }
      text += "\n\nSubscribe to the " + w.source + " newsletter\n\n" + w.source +
              " Evening Bulletin\n";
      return "{\"id\": " + JsonString(id) + ", \"title\": " + JsonString(w.title) +
             ", \"date\": " + JsonString(w.date) + ", \"source\": " + JsonString(w.source) +
             ", \"url\": " + JsonString(w.url) + ", \"text\": " + JsonString(text) + "}";
    };
    if (options.repeat_every > 0 && n > 0 && n % options.repeat_every == 0) {
      lines.push_back(line_of(written[r.Below(written.size())]));  // read twice
      continue;
    }
    if (options.copy_every > 0 && n > 0 && n % options.copy_every == 0) {
      Written copy = written[r.Below(written.size())];
      copy.source = outlets[(r.Below(outlets.size()))];
      copy.url = "https://" + copy.source.substr(0, copy.source.find(' ')) + ".example/" + id;
      copy.sentences[r.Below(copy.sentences.size())] = Filler()[r.Below(Filler().size())];
      written.push_back(copy);
      lines.push_back(line_of(copy));
      continue;
    }
    // Stories run in waves: each article belongs to one of a few stories open at a time.
    const int wave = n / (options.articles_per_story * 4);
    const int story = std::min(options.stories - 1, wave * 4 + static_cast<int>(r.Below(4)));
    const StoryFacts& s = stories[static_cast<size_t>(story)];
    Written w;
    w.story = story;
    w.source = outlets[r.Below(outlets.size())];
    w.title = s.person + (r.Below(2) ? " and the " : " faces questions over ") + s.subject +
              " in " + s.place;
    const int day = std::min(28, s.day + static_cast<int>(r.Below(4)));
    w.date = "2024-05-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
    w.url = "https://" + w.source.substr(0, w.source.find(' ')) + ".example/" + id;
    for (int k = 0; k < options.sentences; ++k) {
      w.sentences.push_back(r.Below(3) == 0 ? Filler()[r.Below(Filler().size())]
                                            : s.sentences[r.Below(s.sentences.size())]);
    }
    written.push_back(w);
    lines.push_back(line_of(w));
  }
  return lines;
}

}  // namespace dossier::testing

#endif  // DOSSIER_TESTS_TESTING_NEWS_CORPUS_H_
