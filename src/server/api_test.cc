// Every route of the HTTP API over real HTTP on loopback: an in-process server on a
// free port over the bundled examples, driven by cpp-httplib's client.
#include <gtest/gtest.h>
#include <httplib.h>

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "dossier/render.h"
#include "src/server/server.h"

namespace dossier::server {
namespace {

using nlohmann::json;

constexpr size_t kBodyLimit = 64 * 1024;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Every test runs twice: over an in-memory engine and over a database (a temporary
// SQLite file), the two engines `dossier serve` serves.
class ApiTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    EngineOptions engine_options;
    if (GetParam()) {
      static int n = 0;
      db_ = (std::filesystem::temp_directory_path() /
             ("dossier-api-test-" + std::to_string(getpid()) + "-" + std::to_string(++n) + ".db"))
                .string();
      engine_options.database = db_;
    }
    StatusOr<std::unique_ptr<Engine>> engine = Engine::Open(engine_options);
    ASSERT_TRUE(engine.ok()) << engine.status().ToString();
    engine_ = std::move(*engine);
    for (const AddResult& r : engine_->AddFiles({"examples/biden-putin/", "examples/mixed-stream/stream.jsonl"})) {
      ASSERT_TRUE(r.id.ok()) << r.id.status().ToString();
    }
    ServerOptions options;
    options.port = 0;
    options.threads = 8;
    options.max_body_bytes = kBodyLimit;
    options.api.max_documents = 50;
    StatusOr<std::unique_ptr<Server>> server = Server::Create(engine_.get(), options);
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    server_ = std::move(*server);
    thread_ = std::thread([this] { ASSERT_TRUE(server_->Run().ok()); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    client_->set_read_timeout(30, 0);
  }

  void TearDown() override {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
    engine_.reset();
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      if (!db_.empty()) std::filesystem::remove(db_ + suffix);
    }
  }

  // GET path; the status, and the body parsed when it is JSON.
  json Get(const std::string& path, int want_status) {
    httplib::Result r = client_->Get(path.c_str());
    EXPECT_TRUE(r) << path << ": " << httplib::to_string(r.error());
    if (!r) return json();
    EXPECT_EQ(r->status, want_status) << path << ": " << r->body;
    return json::parse(r->body, nullptr, false);
  }

  json Post(const std::string& body, int want_status,
            const std::string& type = "application/x-ndjson") {
    httplib::Result r = client_->Post("/api/v1/articles", body, type.c_str());
    EXPECT_TRUE(r);
    if (!r) return json();
    EXPECT_EQ(r->status, want_status) << r->body;
    return json::parse(r->body, nullptr, false);
  }

  uint64_t StoryIdOf(const std::string& label_word) {
    json list = Get("/api/v1/stories?q=" + label_word, 200);
    EXPECT_EQ(list["stories"].size(), 1u) << label_word;
    return list["stories"].empty() ? 0 : list["stories"][0]["id"].get<uint64_t>();
  }

  std::string db_;
  std::unique_ptr<Engine> engine_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_P(ApiTest, ListsStoriesNewestFirstWithCountsOutletsAndSpan) {
  json list = Get("/api/v1/stories", 200);
  ASSERT_EQ(list["stories"].size(), 4u);
  EXPECT_EQ(list["total"], 4);
  std::vector<std::string> lasts;
  for (const json& s : list["stories"]) {
    for (const char* key : {"id", "label", "articles", "outlets", "first", "last"}) {
      EXPECT_TRUE(s.contains(key)) << key;
    }
    lasts.push_back(s["last"]);
  }
  EXPECT_TRUE(std::is_sorted(lasts.rbegin(), lasts.rend())) << list.dump();
  const json& biden = list["stories"][3];
  EXPECT_EQ(biden["articles"], 5);
  EXPECT_EQ(biden["first"], "2022-01-18");
  EXPECT_EQ(biden["last"], "2022-02-21");
  EXPECT_EQ(biden["outlets"], json::array({"wkbw.com"}));
}

TEST_P(ApiTest, PagesAndFiltersStories) {
  struct Case {
    std::string query;
    std::vector<std::string> labels_start;  // of the stories returned, in order
    size_t total;
  };
  for (const Case& c : {
           Case{"limit=2", {"Okafor", "Northpoint"}, 4},
           Case{"limit=2&offset=3", {"Biden"}, 4},
           Case{"offset=9", {}, 4},
           Case{"since=2024-05-04", {"Okafor"}, 1},
           Case{"since=2024", {"Okafor", "Northpoint", "Twelve"}, 3},
           Case{"q=kelvale", {"Twelve"}, 1},
           Case{"q=putin", {"Biden"}, 1},
           Case{"q=Residents", {"Northpoint"}, 1},  // a member's headline, not the label
           Case{"q=marathon&since=2022", {"Okafor"}, 1},
           Case{"q=nothing+like+this", {}, 0},
       }) {
    json list = Get("/api/v1/stories?" + c.query, 200);
    ASSERT_EQ(list["stories"].size(), c.labels_start.size()) << c.query << list.dump();
    for (size_t i = 0; i < c.labels_start.size(); ++i) {
      EXPECT_EQ(list["stories"][i]["label"].get<std::string>().rfind(c.labels_start[i], 0), 0u)
          << c.query << ": " << list["stories"][i]["label"];
    }
    EXPECT_EQ(list["total"], c.total) << c.query;
  }
}

TEST_P(ApiTest, StoryListsItsMembers) {
  const uint64_t id = StoryIdOf("kelvale");
  json story = Get("/api/v1/stories/" + std::to_string(id), 200);
  EXPECT_EQ(story["id"], id);
  ASSERT_EQ(story["members"].size(), story["articles"].get<size_t>());
  EXPECT_EQ(story["members"][0]["title"], "Twelve miners trapped after flood at Kelvale colliery");
  EXPECT_EQ(story["members"][0]["source"], "Valley Courier");
  EXPECT_EQ(story["members"][0]["id"].get<std::string>().size(), 16u);
}

TEST_P(ApiTest, BriefingIsExactlyTheEnginesJsonAndMarkdown) {
  const uint64_t id = StoryIdOf("putin");
  StatusOr<Briefing> want = engine_->BriefStory(id, ClusterOptions{}, BriefingOptions{});
  ASSERT_TRUE(want.ok());
  httplib::Result r = client_->Get(("/api/v1/stories/" + std::to_string(id) + "/briefing").c_str());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(r->body, BriefingToJson(*want));
  r = client_->Get(("/api/v1/stories/" + std::to_string(id) + "/briefing?format=markdown").c_str());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/markdown; charset=utf-8");
  EXPECT_EQ(r->body, BriefingToMarkdown(*want));
}

TEST_P(ApiTest, SecondBriefingComesFromTheCacheAndAWriteBriefsTheStoryItChanged) {
  const uint64_t id = StoryIdOf("marathon");
  const std::string path = "/api/v1/stories/" + std::to_string(id) + "/briefing";
  json first = Get(path, 200);
  json status = Get("/api/v1/status", 200);
  const uint64_t hits = status["briefing_hits"], builds = status["briefing_builds"];
  EXPECT_EQ(Get(path, 200), first);
  status = Get("/api/v1/status", 200);
  EXPECT_EQ(status["briefing_hits"], hits + 1);
  EXPECT_EQ(status["briefing_builds"], builds);

  json added = Post(R"({"id": "m12", "date": "2024-05-05", "title": "Okafor's Lakeside marathon record ratified", "source": "Sports Desk", "text": "Athletics officials ratified Okafor's course record at the Lakeside marathon on Sunday, confirming the time set on Friday."})",
                    200, "application/json");
  ASSERT_EQ(added["results"][0]["story"], id) << added.dump();
  // The write briefed the changed story before answering: the next read is a hit.
  status = Get("/api/v1/status", 200);
  EXPECT_EQ(status["briefing_prebuilds"], 1);
  json second = Get(path, 200);
  EXPECT_EQ(Get("/api/v1/status", 200)["briefing_builds"], builds);
  EXPECT_EQ(second["sources"].size(), first["sources"].size() + 1);
  StatusOr<Briefing> want = engine_->BriefStory(id, ClusterOptions{}, BriefingOptions{});
  ASSERT_TRUE(want.ok());
  EXPECT_EQ(second, json::parse(BriefingToJson(*want)));
}

// A story's briefing can change without its members changing: an article of another
// story makes a line the story's articles share boilerplate (three articles hold it),
// and they are cleaned again. The write that did it renders the new briefing.
TEST_P(ApiTest, AWriteThatRecleansAStorysArticlesRendersItsBriefingAgain) {
  // Furniture that names a person: the briefing's entities show whether it was cleaned.
  const std::string line = "Listen to Maria Lopez on the Harbour Hour podcast every weekday morning";
  auto article = [&](const std::string& id, const std::string& source, const std::string& title,
                     const std::string& first, const std::string& last) {
    return json{{"id", id}, {"source", source}, {"date", "2024-07-01"}, {"title", title},
                {"text", first + "\n" + line + "\n" + last}}.dump() + "\n";
  };
  json ferry = Post(article("a1", "Coast Daily", "Harbour ferry fares rise in August",
                            "Ferry fares across the harbour will rise by ten percent in August, the operator said on Monday.",
                            "The operator blamed higher fuel costs for the increase in ferry fares.") +
                        article("a2", "Bay Wire", "Ferry operator raises harbour fares",
                                "The harbour ferry operator will raise fares by ten percent from August, citing fuel costs.",
                                "Commuter groups said the ferry fare rise would hurt workers."),
                    200);
  const uint64_t story = ferry["results"][0]["story"];
  ASSERT_EQ(ferry["results"][1]["story"], story);
  const std::string path = "/api/v1/stories/" + std::to_string(story) + "/briefing";
  const json before = Get(path, 200);
  ASSERT_NE(before.dump().find("Maria Lopez"), std::string::npos);
  const uint64_t prebuilds = Get("/api/v1/status", 200)["briefing_prebuilds"];

  json pass = Post(article("b1", "Valley Post", "Mountain pass closed by snow",
                           "The mountain pass was closed on Tuesday after heavy snow fell overnight.",
                           "Drivers were told to use the valley road instead."),
                   200);
  ASSERT_NE(pass["results"][0]["story"], story);
  EXPECT_EQ(Get("/api/v1/stories/" + std::to_string(story), 200)["articles"], 2);
  EXPECT_EQ(Get("/api/v1/status", 200)["briefing_prebuilds"], prebuilds + 1);
  const json after = Get(path, 200);
  EXPECT_EQ(after.dump().find("Maria Lopez"), std::string::npos) << after.dump();
  StatusOr<Briefing> want = engine_->BriefStory(story, engine_->options().cluster, BriefingOptions{});
  ASSERT_TRUE(want.ok());
  EXPECT_EQ(after, json::parse(BriefingToJson(*want)));
}

TEST_P(ApiTest, ArticleHoldsTextSpansAndRemovedBoilerplateWithReasons) {
  json story = Get("/api/v1/stories/" + std::to_string(StoryIdOf("putin")), 200);
  size_t with_removed = 0;
  for (const json& m : story["members"]) {
    json a = Get("/api/v1/articles/" + m["id"].get<std::string>(), 200);
    EXPECT_EQ(a["article"], m["id"]);
    EXPECT_EQ(a["story"], story["id"]);
    const std::string text = a["text"];
    for (const json& s : a["sentences"]) {
      EXPECT_EQ(text.substr(s["begin"], s["end"].get<size_t>() - s["begin"].get<size_t>()), s["text"]);
    }
    for (const json& r : a["removed"]) {
      EXPECT_FALSE(r["reason"].get<std::string>().empty());
      EXPECT_EQ(text.substr(r["begin"], r["end"].get<size_t>() - r["begin"].get<size_t>()), r["text"]);
    }
    with_removed += !a["removed"].empty();
    EXPECT_FALSE(a["cleaned_text"].get<std::string>().empty());
    EXPECT_EQ(a["body"].empty(), false);
  }
  EXPECT_GE(with_removed, 1u);  // the scraped example carries boilerplate
}

TEST_P(ApiTest, PostAddsJsonLinesAndReportsEachDocument) {
  const std::string body = ReadFile("tests/data/server/unicode_story.jsonl") +
                           "\n{broken\n" +
                           R"({"id": "x", "title": "", "text": ""})" + "\n" +
                           ReadFile("tests/data/server/unicode_story.jsonl").substr(0, ReadFile("tests/data/server/unicode_story.jsonl").find('\n'));
  json r = Post(body, 200);
  EXPECT_EQ(r["added"], 3);
  EXPECT_EQ(r["already_present"], 1);
  EXPECT_EQ(r["rejected"], 2);
  EXPECT_EQ(r["articles"], 19);
  ASSERT_EQ(r["results"].size(), 6u);
  EXPECT_EQ(r["results"][0]["name"], "line 1");
  EXPECT_EQ(r["results"][0]["input_id"], "u1");
  EXPECT_EQ(r["results"][3]["name"], "line 5");
  EXPECT_EQ(r["results"][3]["error"]["code"], "invalid_argument");
  EXPECT_EQ(r["results"][3]["error"]["message"].get<std::string>().rfind("line 5: broken JSON", 0), 0u);
  EXPECT_EQ(r["results"][4]["error"]["message"], "line 6: empty article (no text or title)");
  EXPECT_EQ(r["results"][5]["already_present"], true);
  EXPECT_EQ(r["results"][5]["id"], r["results"][0]["id"]);
  // The three articles make one story, readable at once (read-your-writes).
  const json story = r["results"][0]["story"];
  EXPECT_EQ(r["results"][1]["story"], story);
  EXPECT_EQ(r["results"][2]["story"], story);
  json detail = Get("/api/v1/stories/" + std::to_string(story.get<uint64_t>()), 200);
  EXPECT_EQ(detail["articles"], 3);
  // Strings come back exactly as sent: JSON escapes them, nothing is HTML-escaped.
  json a = Get("/api/v1/articles/" + r["results"][0]["id"].get<std::string>(), 200);
  EXPECT_EQ(a["title"], "Zürich funicular to Hönggerberg reopens <script>window.__pwned=1</script>");
  EXPECT_NE(a["text"].get<std::string>().find("<img src=x onerror=\"window.__pwned=2\">"), std::string::npos);
}

TEST_P(ApiTest, PostTakesAnObjectOrAnArrayAndRejectsAllBadWithTheFirstError) {
  json one = Post("{\n \"title\": \"Tram strike called off\",\n \"text\": \"The tram strike planned in Northpoint was called off on Friday.\"\n}",
                  200, "application/json; charset=utf-8");
  EXPECT_EQ(one["added"], 1);
  EXPECT_EQ(one["results"][0]["name"], "document 1");
  // Without an id of its own, a posted article is named after its staging file, and no
  // temporary path shows in its id, origin or briefing.
  const std::string input_id = one["results"][0]["input_id"];
  EXPECT_EQ(input_id.rfind("post-", 0), 0u) << input_id;
  httplib::Result article = client_->Get(("/api/v1/articles/" + one["results"][0]["id"].get<std::string>()).c_str());
  ASSERT_TRUE(article);
  EXPECT_EQ(json::parse(article->body)["origin"], input_id);
  httplib::Result briefing = client_->Get(("/api/v1/stories/" + std::to_string(one["results"][0]["story"].get<uint64_t>()) + "/briefing").c_str());
  ASSERT_TRUE(briefing);
  for (const std::string& body : {article->body, briefing->body}) {
    EXPECT_EQ(body.find("dossier-serve"), std::string::npos);
  }
  json many = Post(R"([{"text": "A first short article about the harbour."}, 7])", 200, "application/json");
  EXPECT_EQ(many["added"], 1);
  EXPECT_EQ(many["results"][1]["name"], "document 2");
  EXPECT_EQ(many["results"][1]["error"]["code"], "invalid_argument");
  json bad = Post("{broken\n", 400);
  EXPECT_EQ(bad["error"]["code"], "invalid_argument");
  EXPECT_EQ(bad["results"].size(), 1u);
}

TEST_P(ApiTest, ErrorsFollowTheOneTable) {
  struct Case {
    std::string method, path, body, content_type, host;
    int status;
    std::string code;
  };
  const std::string big(kBodyLimit + 1, ' ');
  std::string many;
  for (int i = 0; i < 51; ++i) many += "{\"text\": \"Article " + std::to_string(i) + ".\"}\n";
  const Case cases[] = {
      {"GET", "/api/v1/stories/999", "", "", "", 404, "not_found"},
      {"GET", "/api/v1/stories/999/briefing", "", "", "", 404, "not_found"},
      {"GET", "/api/v1/articles/0123456789abcdef", "", "", "", 404, "not_found"},
      {"GET", "/api/v1/nothing", "", "", "", 404, "not_found"},
      {"GET", "/nothing.js", "", "", "", 404, "not_found"},
      {"GET", "/api/v1/stories/abc", "", "", "", 400, "invalid_argument"},
      {"GET", "/api/v1/stories/1/briefing?format=pdf", "", "", "", 400, "invalid_argument"},
      {"GET", "/api/v1/articles/xyz", "", "", "", 400, "invalid_argument"},
      {"GET", "/api/v1/stories?limit=0", "", "", "", 400, "invalid_argument"},
      {"GET", "/api/v1/stories?limit=5000", "", "", "", 400, "invalid_argument"},
      {"GET", "/api/v1/stories?limit=-1", "", "", "", 400, "invalid_argument"},
      {"GET", "/api/v1/stories?offset=x", "", "", "", 400, "invalid_argument"},
      {"GET", "/api/v1/stories?since=yesterday", "", "", "", 400, "invalid_argument"},
      {"GET", "/api/v1/stories?sort=old", "", "", "", 400, "invalid_argument"},
      {"GET", "/api/v1/stories?limit=1&limit=2", "", "", "", 400, "invalid_argument"},
      {"GET", "/api/v1/stories?q=" + std::string(501, 'a'), "", "", "", 413, "too_large"},
      {"GET", "/api/v1/stories?q=" + std::string(9000, 'a'), "", "", "", 414, "uri_too_long"},
      {"POST", "/api/v1/articles", "", "application/json", "", 400, "invalid_argument"},
      {"POST", "/api/v1/articles", std::string(100, '[') + std::string(100, ']'), "application/json", "", 400, "invalid_argument"},
      {"POST", "/api/v1/articles", many, "application/x-ndjson", "", 413, "too_large"},
      {"POST", "/api/v1/articles", big, "application/json", "", 413, "too_large"},
      {"POST", "/api/v1/articles", "{\"text\": \"x\"}", "text/plain", "", 415, "unsupported_media_type"},
      {"POST", "/api/v1/articles", "{\"text\": \"x\"}", "application/x-www-form-urlencoded", "", 415, "unsupported_media_type"},
      {"POST", "/api/v1/stories", "{}", "application/json", "", 405, "method_not_allowed"},
      {"DELETE", "/api/v1/stories/1", "", "", "", 405, "method_not_allowed"},
      {"GET", "/api/v1/status", "", "", "attacker.example:8080", 403, "forbidden_host"},
  };
  for (const Case& c : cases) {
    httplib::Headers headers;
    if (!c.host.empty()) headers.emplace("Host", c.host);
    httplib::Result r = c.method == "GET"    ? client_->Get(c.path.c_str(), headers)
                        : c.method == "POST" ? client_->Post(c.path.c_str(), headers, c.body, c.content_type.c_str())
                                             : client_->Delete(c.path.c_str(), headers);
    ASSERT_TRUE(r) << c.method << " " << c.path << ": " << httplib::to_string(r.error());
    EXPECT_EQ(r->status, c.status) << c.method << " " << c.path.substr(0, 60) << ": " << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json") << c.path.substr(0, 60);
    json body = json::parse(r->body, nullptr, false);
    ASSERT_TRUE(body.is_object()) << r->body;
    EXPECT_EQ(body["error"]["code"], c.code) << c.method << " " << c.path.substr(0, 60);
    EXPECT_FALSE(body["error"]["message"].get<std::string>().empty());
  }
}

TEST_P(ApiTest, MethodNotAllowedNamesTheMethodTheRouteTakes) {
  httplib::Result r = client_->Delete("/api/v1/stories");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 405);
  EXPECT_EQ(r->get_header_value("Allow"), "GET");
}

TEST_P(ApiTest, ErrorMessagesEchoingInputStayValidJson) {
  // A parameter name with quotes, a newline and a tag, percent-encoded.
  json body = Get("/api/v1/stories?%22%0A%3Cb%3E=1", 400);
  ASSERT_TRUE(body.is_object());
  EXPECT_NE(body["error"]["message"].get<std::string>().find("\"\n<b>"), std::string::npos);
}

TEST_P(ApiTest, BodyAtTheLimitIsReadAndOneByteMoreIsNot) {
  std::string line = R"({"title": "Padded", "text": "A padded article about the harbour tram."})";
  std::string at_limit = line + std::string(kBodyLimit - line.size(), ' ');
  json ok = Post(at_limit, 200, "application/json");
  EXPECT_EQ(ok["added"], 1);
  Post(at_limit + " ", 413, "application/json");
}

TEST_P(ApiTest, ServesThePageWithAPolicyAndItsScripts) {
  httplib::Result page = client_->Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->get_header_value("Content-Security-Policy").find("script-src 'self'"), std::string::npos);
  EXPECT_NE(page->body.find("<script src=\"/app.js\" defer></script>"), std::string::npos);
  for (const char* asset : {"/app.js", "/offsets.js", "/style.css"}) {
    httplib::Result r = client_->Get(asset);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << asset;
    EXPECT_EQ(r->body, ReadFile(std::string("web") + asset)) << asset;
  }
  // The page builds the DOM from text, never from markup (web/app.js).
  const std::string app = ReadFile("web/app.js");
  for (const char* sink : {".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write", "eval("}) {
    EXPECT_EQ(app.find(sink), std::string::npos) << sink;
  }
}

TEST_P(ApiTest, ReadsGoOnWhileArticlesArePostedAndNoneIsLost) {
  const uint64_t story = StoryIdOf("putin");
  std::atomic<bool> done{false};
  std::atomic<int> failures{0}, reads{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 4; ++t) {
    readers.emplace_back([&, t] {
      httplib::Client c("127.0.0.1", server_->port());
      while (!done) {
        const std::string path = t % 2 ? "/api/v1/stories?limit=5"
                                       : "/api/v1/stories/" + std::to_string(story) + "/briefing";
        httplib::Result r = c.Get(path.c_str());
        if (!r || r->status != 200) ++failures;
        ++reads;
      }
    });
  }
  for (int batch = 0; batch < 10; ++batch) {
    std::string body;
    for (int i = 0; i < 5; ++i) {
      const int n = batch * 5 + i;
      body += "{\"id\": \"load" + std::to_string(n) + "\", \"title\": \"Harbour ferry timetable " +
              std::to_string(n) + "\", \"text\": \"The harbour ferry will run every " + std::to_string(n + 5) +
              " minutes from June, the operator said.\"}\n";
    }
    json r = Post(body, 200);
    EXPECT_EQ(r["added"], 5) << r.dump();
  }
  done = true;
  for (std::thread& t : readers) t.join();
  EXPECT_EQ(failures, 0);
  EXPECT_GT(reads, 0);
  EXPECT_EQ(Get("/api/v1/status", 200)["articles"], 16 + 50);
  size_t listed = 0;
  const json all = Get("/api/v1/stories?limit=1000", 200);
  for (const json& s : all["stories"]) listed += s["articles"].get<size_t>();
  EXPECT_EQ(listed, 16u + 50u);
}

INSTANTIATE_TEST_SUITE_P(InMemoryAndDatabase, ApiTest, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& param) {
                           return param.param ? "Database" : "InMemory";
                         });

}  // namespace
}  // namespace dossier::server
