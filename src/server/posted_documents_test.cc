#include "src/server/posted_documents.h"

#include <gtest/gtest.h>

#include <filesystem>

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
  };
  for (const Case& c : {
           Case{R"({"text": "One."})", {"document 1"}},
           Case{"{\n  \"title\": \"Pretty\",\n  \"text\": \"Printed.\"\n}\n", {"document 1"}},
           Case{R"([{"text": "A."}, {"text": "B."}, 5])", {"document 1", "document 2", "document 3"}},
           Case{"{\"text\": \"A.\"}\n\n{\"text\": \"B.\"}\r\n{broken\n", {"line 1", "line 3", "line 4"}},
           Case{"not json at all", {"line 1"}},
       }) {
    StatusOr<std::vector<PostedDocument>> docs = SplitPostBody(c.body, 10);
    ASSERT_TRUE(docs.ok()) << docs.status().ToString();
    EXPECT_EQ(Names(*docs), c.names) << c.body;
  }
}

TEST(SplitPostBodyTest, KeepsEachLineAsSentMinusCarriageReturn) {
  StatusOr<std::vector<PostedDocument>> docs = SplitPostBody("{\"text\": \"A.\"}\r\n{\"text\":\"B\"}", 10);
  ASSERT_TRUE(docs.ok());
  EXPECT_EQ((*docs)[0].json, "{\"text\": \"A.\"}");
  EXPECT_EQ((*docs)[1].json, "{\"text\":\"B\"}");
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

TEST(DocumentIngesterTest, AddsLikeAFileAndNamesTheDocumentNotTheTempFile) {
  Engine engine(EngineOptions{});
  StatusOr<std::unique_ptr<DocumentIngester>> ingester = DocumentIngester::Create(&engine);
  ASSERT_TRUE(ingester.ok()) << ingester.status().ToString();
  std::vector<AddResult> ok = (*ingester)->Add(
      {"line 1", R"({"id": "m1", "title": "Miners trapped", "text": "Twelve miners were trapped on Thursday.", "source": "Courier"})"});
  ASSERT_EQ(ok.size(), 1u);
  ASSERT_TRUE(ok[0].id.ok()) << ok[0].id.status().ToString();
  EXPECT_EQ(ok[0].input_id, "m1");
  std::vector<AddResult> again = (*ingester)->Add(
      {"document 1", R"({"id": "m1", "title": "Miners trapped", "text": "Twelve miners were trapped on Thursday.", "source": "Courier"})"});
  ASSERT_TRUE(again[0].id.ok());
  EXPECT_TRUE(again[0].already_present);
  EXPECT_EQ(*again[0].id, *ok[0].id);

  std::vector<AddResult> bad = (*ingester)->Add({"line 7", "{broken"});
  ASSERT_EQ(bad.size(), 1u);
  ASSERT_FALSE(bad[0].id.ok());
  EXPECT_EQ(bad[0].name, "line 7");
  EXPECT_EQ(bad[0].id.status().message().rfind("line 7: ", 0), 0u) << bad[0].id.status().message();
  EXPECT_EQ(bad[0].id.status().message().find("dossier-serve"), std::string::npos);
  EXPECT_EQ(engine.size(), 1u);
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
    (*ingester)->Add({"line 1", R"({"text": "Twelve miners were trapped on Thursday."})"});
    (*ingester)->Add({"line 2", "{broken"});
    EXPECT_TRUE(std::filesystem::is_empty(dir));
  }
  EXPECT_FALSE(std::filesystem::exists(dir));
}

}  // namespace
}  // namespace dossier::server
