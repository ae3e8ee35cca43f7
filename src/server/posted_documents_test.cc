#include "src/server/posted_documents.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace dossier::server {
namespace {

std::vector<std::string> Names(const std::vector<PostedDocument>& docs) {
  std::vector<std::string> names;
  for (const PostedDocument& d : docs) names.push_back(d.name);
  return names;
}

TEST(SplitPostBodyTest, SplitsObjectsArraysAndLines) {
  struct Case {
    std::string body;
    std::vector<std::string> names;
    std::vector<std::string> errors;  // per document: the start of its error, "" for none
  };
  for (const Case& c : {
           Case{R"({"text": "One."})", {"document 1"}, {""}},
           Case{"{\n  \"title\": \"Pretty\",\n  \"text\": \"Printed.\"\n}\n", {"document 1"}, {""}},
           Case{R"([{"text": "A."}, {"text": "B."}, 5])", {"document 1", "document 2", "document 3"},
                {"", "", "document 3: not a JSON object"}},
           Case{"{\"text\": \"A.\"}\n\n{\"text\": \"B.\"}\r\n{broken\n[1]\n", {"line 1", "line 3", "line 4", "line 5"},
                {"", "", "line 4: broken JSON (it must be UTF-8): parse error at line 1, column 2", "line 5: not a JSON object"}},
           Case{"{\"text\": \"caf\xe9\"}\n{\"text\": \"ok\"}", {"line 1", "line 2"},
                {"line 1: broken JSON (it must be UTF-8)", ""}},
           Case{"not json at all", {"line 1"}, {"line 1: broken JSON"}},
       }) {
    StatusOr<std::vector<PostedDocument>> docs = SplitPostBody(c.body, 10);
    ASSERT_TRUE(docs.ok()) << docs.status().ToString();
    EXPECT_EQ(Names(*docs), c.names) << c.body;
    for (size_t i = 0; i < docs->size() && i < c.errors.size(); ++i) {
      const std::string& message = (*docs)[i].error.message();
      EXPECT_EQ(message.substr(0, c.errors[i].size()), c.errors[i]) << c.body << " #" << i;
      EXPECT_EQ(message.empty(), c.errors[i].empty()) << message;
    }
  }
}

TEST(SplitPostBodyTest, ReserializesObjectsAndNotesTheirIds) {
  StatusOr<std::vector<PostedDocument>> docs =
      SplitPostBody("{\"text\": \"A.\", \"id\": \"a1\"}\r\n{\"text\":\"B\", \"id\": \"\"}\n{\"doc_id\": 7}", 10);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 3u);
  EXPECT_EQ((*docs)[0].json, R"({"id":"a1","text":"A."})");
  EXPECT_TRUE((*docs)[0].has_id);
  EXPECT_FALSE((*docs)[1].has_id);  // an empty id is no id
  EXPECT_TRUE((*docs)[2].has_id);
}

TEST(SplitPostBodyTest, RejectsEmptyDeepAndTooManyBodies) {
  struct Case {
    std::string body;
    StatusCode code;
  };
  for (const Case& c : {Case{"", StatusCode::kInvalidArgument},
                        Case{" \n\t\n", StatusCode::kInvalidArgument},
                        Case{std::string(65, '[') + std::string(65, ']'), StatusCode::kInvalidArgument},
                        Case{"{}\n{}\n{}\n", StatusCode::kOutOfRange},
                        Case{"[{}, {}, {}]", StatusCode::kOutOfRange}}) {
    StatusOr<std::vector<PostedDocument>> docs = SplitPostBody(c.body, 2);
    ASSERT_FALSE(docs.ok()) << c.body;
    EXPECT_EQ(docs.status().code(), c.code) << c.body;
  }
  // Brackets inside strings do not count as nesting.
  EXPECT_TRUE(SplitPostBody("{\"text\": \"" + std::string(100, '[') + "\"}", 2).ok());
}

PostedDocument One(const std::string& body) {
  StatusOr<std::vector<PostedDocument>> docs = SplitPostBody(body, 10);
  EXPECT_TRUE(docs.ok() && docs->size() == 1u);
  return docs.ok() && !docs->empty() ? (*docs)[0] : PostedDocument{};
}

TEST(DocumentIngesterTest, AddsLikeAFileAndNamesTheDocumentNotTheTempFile) {
  Engine engine(EngineOptions{});
  StatusOr<std::unique_ptr<DocumentIngester>> ingester = DocumentIngester::Create(&engine);
  ASSERT_TRUE(ingester.ok()) << ingester.status().ToString();
  const std::string article =
      R"({"id": "m1", "title": "Miners trapped", "text": "Twelve miners were trapped on Thursday.", "source": "Courier"})";
  std::vector<AddResult> ok = (*ingester)->Add(One(article));
  ASSERT_EQ(ok.size(), 1u);
  ASSERT_TRUE(ok[0].id.ok()) << ok[0].id.status().ToString();
  EXPECT_EQ(ok[0].name, "document 1");
  EXPECT_EQ(ok[0].input_id, "m1");
  // The same article read from a file has the same id, and posting it again adds nothing.
  Engine from_file(EngineOptions{});
  const std::string path = (*ingester)->dir() + "/../dossier-serve-test-" + std::to_string(getpid()) + ".jsonl";
  { std::ofstream(path) << article << "\n"; }
  std::vector<AddResult> read = from_file.AddFiles({path});
  std::filesystem::remove(path);
  ASSERT_TRUE(read[0].id.ok());
  EXPECT_EQ(*read[0].id, *ok[0].id);
  std::vector<AddResult> again = (*ingester)->Add(One(article));
  ASSERT_TRUE(again[0].id.ok());
  EXPECT_TRUE(again[0].already_present);

  std::vector<AddResult> bad = (*ingester)->Add(One("{\"title\": \"\", \"text\": \"\"}"));
  ASSERT_EQ(bad.size(), 1u);
  ASSERT_FALSE(bad[0].id.ok());
  EXPECT_EQ(bad[0].id.status().message(), "document 1: empty article (no text or title)");
  EXPECT_EQ(engine.size(), 1u);
}

TEST(DocumentIngesterTest, NamesADocumentWithoutIdAfterItsStagingFile) {
  Engine engine(EngineOptions{});
  StatusOr<std::unique_ptr<DocumentIngester>> ingester = DocumentIngester::Create(&engine);
  ASSERT_TRUE(ingester.ok());
  (*ingester)->Add(One(R"({"text": "The harbour ferry strike ended on Friday."})"));
  std::vector<AddResult> r = (*ingester)->Add(One(R"({"text": "The tram strike ended on Monday."})"));
  ASSERT_TRUE(r[0].id.ok());
  EXPECT_EQ(r[0].input_id, "post-2");
  StatusOr<Article> a = engine.Get(*r[0].id);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->id, "post-2");
  EXPECT_EQ((*ingester)->PublicOrigin(a->origin), "post-2");
  EXPECT_EQ((*ingester)->PublicOrigin("examples/a.jsonl:3"), "examples/a.jsonl:3");
}

TEST(DocumentIngesterTest, RejectsWhatTheSplitRejectedWithoutReadingIt) {
  Engine engine(EngineOptions{});
  StatusOr<std::unique_ptr<DocumentIngester>> ingester = DocumentIngester::Create(&engine);
  ASSERT_TRUE(ingester.ok());
  std::vector<AddResult> r = (*ingester)->Add(One("{broken"));
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].name, "line 1");
  EXPECT_EQ(r[0].id.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(engine.size(), 0u);
}

TEST(DocumentIngesterTest, KeepsNoFileAndRemovesItsDirectory) {
  Engine engine(EngineOptions{});
  std::string dir;
  {
    StatusOr<std::unique_ptr<DocumentIngester>> ingester = DocumentIngester::Create(&engine);
    ASSERT_TRUE(ingester.ok());
    dir = (*ingester)->dir();
    ASSERT_TRUE(std::filesystem::is_directory(dir));
    EXPECT_EQ(std::filesystem::status(dir).permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_all);
    (*ingester)->Add(One(R"({"text": "Twelve miners were trapped on Thursday."})"));
    (*ingester)->Add(One("{broken"));
    EXPECT_TRUE(std::filesystem::is_empty(dir));
  }
  EXPECT_FALSE(std::filesystem::exists(dir));
}

}  // namespace
}  // namespace dossier::server
