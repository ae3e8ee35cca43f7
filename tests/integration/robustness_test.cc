// The whole pipeline (read, clean, split, tokenize, facts, dates, summary, briefing,
// rendering) on hostile input must never crash, and every span it reports must lie
// inside its article. Inputs: random bytes, the example articles with random bytes
// flipped, cut at random points, or repeated, and JSONL lines with broken structure.
// Seeds are fixed, so a failure reproduces. Run under ASan/UBSan by `make test`.
#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <string>

#include "src/base/file.h"
#include "src/briefing/briefing.h"
#include "src/engine/pipeline.h"
#include "src/render/articles.h"
#include "src/render/briefing_render.h"

namespace dossier {
namespace {

std::string Example(int i) {
  static const char* kFiles[] = {"000_fe2a3623769d33c7.txt", "002_7e25dc2e0c029c9b.txt",
                                 "004_360080f3a78997b5.txt"};
  auto r = ReadFileToString(std::string(DOSSIER_SOURCE_DIR) + "/examples/biden-putin/" +
                            kFiles[i % 3]);
  return r.ok() ? *r : "";
}

std::string Mutate(std::string s, std::mt19937* rng) {
  std::uniform_int_distribution<int> kind(0, 3);
  switch (kind(*rng)) {
    case 0:  // flip bytes
      for (int k = 0; k < 20 && !s.empty(); ++k) {
        s[(*rng)() % s.size()] = static_cast<char>((*rng)() & 0xFF);
      }
      return s;
    case 1:  // cut
      return s.substr(0, s.empty() ? 0 : (*rng)() % s.size());
    case 2:  // repeat a slice many times
      if (s.size() > 10) s += std::string(s.substr((*rng)() % (s.size() - 10), 10)) + s;
      return s;
    default: {  // random bytes
      std::string junk((*rng)() % 3000, '\0');
      for (char& c : junk) c = static_cast<char>((*rng)() & 0xFF);
      return junk;
    }
  }
}

void ExpectSpansInside(const std::vector<Article>& articles, const Briefing& b) {
  for (const Article& a : articles) {
    for (const Sentence& s : a.sentences) {
      ASSERT_LE(s.span.end, a.text.size());
      ASSERT_LE(s.span.begin, s.span.end);
    }
    for (const Removed& r : a.removed) ASSERT_LE(r.span.end, a.text.size());
  }
  auto inside = [&](const BriefItem& i) {
    for (const Citation& c : i.cites) {
      ASSERT_LT(c.article, articles.size());
      ASSERT_LE(c.span.end, articles[c.article].text.size());
    }
  };
  for (const BriefItem& i : b.summary) inside(i);
  for (const TimelineEntry& t : b.timeline) inside(t.event);
  for (const UniqueStatements& u : b.unique) {
    for (const BriefItem& i : u.items) inside(i);
  }
}

void BriefAndRender(std::vector<Article> articles) {
  engine::PrepareArticles(&articles, {});
  Briefing b = briefing::BuildBriefing(articles, {});
  ExpectSpansInside(articles, b);
  std::ostringstream out;
  render::WriteBriefingMarkdown(b, out);
  out << render::BriefingToJson(b).dump(-1, ' ', false, render::Json::error_handler_t::replace);
  for (const Article& a : articles) out << render::DumpLine(render::ArticleToJson(a));
}

TEST(RobustnessTest, MutatedTextArticlesNeverCrashTheBriefing) {
  std::mt19937 rng(20261124);
  for (int round = 0; round < 12; ++round) {
    std::vector<Article> articles;
    ingest::IngestReport report;
    for (int i = 0; i < 4; ++i) {
      ingest::IngestOptions options;
      options.format = ingest::IngestOptions::Format::kText;
      ingest::ReadArticles("fuzz" + std::to_string(i) + ".txt", Mutate(Example(i), &rng),
                           options, &articles, &report);
    }
    BriefAndRender(std::move(articles));
  }
}

TEST(RobustnessTest, BrokenJsonLinesAreReportedAndNeverCrash) {
  std::mt19937 rng(7);
  const std::string good =
      "{\"id\":\"a\",\"title\":\"Storm hits coast\",\"date\":\"2023-01-05\",\"text\":"
      "\"The storm reached the coast on Tuesday. At least 12 people died.\"}";
  for (int round = 0; round < 40; ++round) {
    std::string data = good + "\n" + Mutate(good, &rng) + "\n" + good.substr(0, rng() % good.size()) +
                       "\n{\"documents\": 5}\n[1,2,3]\n\"text\"\n";
    std::vector<Article> articles;
    ingest::IngestReport report;
    ingest::ReadArticles("fuzz.jsonl", data, {}, &articles, &report);
    EXPECT_GE(report.accepted, 1);
    EXPECT_GE(report.rejected.size(), 3u);
    for (const ingest::DocumentError& e : report.rejected) {
      EXPECT_NE(e.status.message().find("fuzz.jsonl:"), std::string::npos) << e.status.message();
    }
    BriefAndRender(std::move(articles));
  }
}

}  // namespace
}  // namespace dossier
