#include "src/extract/block_rules.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "src/base/file.h"
#include "src/base/strings.h"
#include "src/extract/clean.h"
#include "src/ingest/ingest.h"

namespace dossier::extract {
namespace {

TEST(FindBylineTest, ReadsNamesAfterBy) {
  struct Case {
    const char* block;
    const char* want;  // nullptr: not a byline
  };
  for (const Case& c : {Case{"By Jane Doe, Associated Press", "Jane Doe, Associated Press"},
                        Case{"BY JOHN SMITH", "JOHN SMITH"},
                        Case{"/ Updated By Ann Lee and Bo Park", "Ann Lee and Bo Park"},
                        Case{"By Staff Writer", "Staff Writer"}, Case{"By Mary J.", "Mary J."},
                        Case{"By Tuesday, the river had risen.", nullptr},
                        Case{"By the numbers", nullptr},
                        Case{"by: admin tents like this one were seen", nullptr}}) {
    std::optional<std::string> got = FindByline(c.block);
    if (c.want == nullptr) {
      EXPECT_FALSE(got.has_value()) << c.block;
    } else {
      EXPECT_EQ(got.value_or("<none>"), c.want) << c.block;
    }
  }
}

TEST(FindDatelineTest, ReadsPlaceAgencyAndDash) {
  struct Case {
    const char* block;
    const char* place;   // nullptr: no dateline
    const char* prefix;  // the removed prefix
  };
  for (const Case& c : {
           Case{"MOSCOW — The talks began.", "MOSCOW", "MOSCOW — "},
           Case{"WASHINGTON (AP) — The talks began.", "WASHINGTON (AP)", "WASHINGTON (AP) — "},
           Case{"NAIROBI, January 4 (Xinhua) -- Only 47 percent", "NAIROBI, January 4 (Xinhua)",
                "NAIROBI, January 4 (Xinhua) -- "},
           Case{"MOSCOW  The U.S. and Russian presidents", "MOSCOW", "MOSCOW  "},
           Case{"SAN FRANCISCO, Calif. - Rain fell.", "SAN FRANCISCO, Calif.",
                "SAN FRANCISCO, Calif. - "},
           Case{"FILE - In this photo, a man waves.", nullptr, ""},
           Case{"U.S. officials said on Monday.", nullptr, ""},
           Case{"The NATO summit - held in June - ended.", nullptr, ""},
       }) {
    std::optional<Dateline> d = FindDateline(c.block);
    if (c.place == nullptr) {
      EXPECT_FALSE(d.has_value()) << c.block;
      continue;
    }
    ASSERT_TRUE(d.has_value()) << c.block;
    EXPECT_EQ(d->place, c.place);
    EXPECT_EQ(std::string(c.block).substr(0, d->length), c.prefix);
  }
}

TEST(TrailingCutTest, CutsShareBarsAndCreditsKeepingProse) {
  struct Case {
    std::string block, kept, reason;  // reason "" = no cut
  };
  for (const Case& c : {
           Case{"The vote passed. Share on Facebook Share on Twitter Email to a Friend",
                "The vote passed. ", "share-bar"},
           Case{"The mayor spoke at the opening. (Photo: Jane Doe/AP)",
                "The mayor spoke at the opening. ", "photo-credit"},
           Case{"Laura walks again. Courtesy Sara Lee", "Laura walks again. ", "photo-credit"},
           Case{"“It is over,” he said. Getty Images", "“It is over,” he said. ", "photo-credit"},
           Case{"The texts also show that. The Smith/Jones memo also reflects", "", ""},
           Case{"He wrote to friends on Twitter and Facebook.", "", ""},
       }) {
    Span span{0, static_cast<uint32_t>(c.block.size())};
    std::optional<Cut> cut = TrailingCut(c.block, span);
    if (c.reason.empty()) {
      EXPECT_FALSE(cut.has_value()) << c.block;
      continue;
    }
    ASSERT_TRUE(cut.has_value()) << c.block;
    EXPECT_EQ(cut->reason, c.reason);
    EXPECT_EQ(c.block.substr(0, cut->span.begin), c.kept);
  }
}

// The five scraped articles of examples/biden-putin: the known boilerplate lines go and
// every sentence of prose stays.
TEST(BidenPutinExampleTest, RemovesKnownBoilerplateAndNoProse) {
  const std::string dir = DOSSIER_SOURCE_DIR "/examples/biden-putin/";
  std::vector<Article> batch;
  ingest::IngestReport report;
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::directory_iterator(dir)) paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  ASSERT_EQ(paths.size(), 5u);
  for (const std::string& p : paths) {
    StatusOr<std::string> data = ReadFileToString(p);
    ASSERT_TRUE(data.ok());
    ingest::ReadArticles(p, *data, {}, &batch, &report);
  }
  CleanBatch(&batch, {});
  const std::set<std::string> boilerplate = {
      "Related News", "Also, see source:", "Peter Klaunzer - Pool/Keystone Via Getty Images",
      "Please enter your comment!", "Please enter your name here", "More US News", "Access More",
      "Sign up for US News",
      "SEE ALSO: Talk Of War: Frontline Ukrainian Soldiers Respond To Invasion Warnings",
      "SEE ALSO: NATO Should Put Troops In Ukraine On Rotational Basis To Deter Russia, Bolton "
      "Says",
      "Related: President Joe Biden will go to New Hampshire on Tuesday to discuss the "
      "infrastructure plan.",
      "Copyright (c) 2018. RFE/RL, Inc. Republished with the permission of Radio Free "
      "Europe/Radio Liberty, Washington DC 20036",
      "a daily newsletter full of things to discuss over drinks.and the great thing is that "
      "it's on the house!"};
  std::set<std::string> removed;
  for (const Article& a : batch) {
    for (const Removed& r : a.removed) removed.insert(std::string(a.Slice(r.span)));
  }
  for (const std::string& b : boilerplate) EXPECT_TRUE(removed.count(b)) << b;
  // Every prose line (ends a sentence, 8+ words, not known boilerplate) is in a body
  // block, except that a dateline prefix may be cut from its start.
  for (const Article& a : batch) {
    std::string body;
    for (Span s : a.body) body += std::string(a.Slice(s)) + "\n";
    for (std::string_view line : Split(a.text, '\n')) {
      line = StripAscii(line);
      if (boilerplate.count(std::string(line)) || line.size() < 40) continue;
      char last = line.back();
      if (last != '.' && last != '"' && last != '\'' && last != '?') continue;
      EXPECT_NE(body.find(line.substr(10)), std::string::npos) << a.id << ": " << line;
    }
  }
  EXPECT_EQ(batch[0].dateline, "MOSCOW");
  EXPECT_EQ(batch[1].title,
            "Biden Holds Virtual Summit With Putin Amid Fears That Russia Will Invade Ukraine");
  EXPECT_EQ(batch[3].title, "Biden and Putin meet virtually this morning");
  EXPECT_EQ(batch[2].title, "");  // starts with prose: no title is invented
}

}  // namespace
}  // namespace dossier::extract
