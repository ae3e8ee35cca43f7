#include "src/base/embedded.h"

#include <gtest/gtest.h>

#include "src/base/file.h"

namespace dossier::embedded {
std::span<const EmbeddedFile> BaseTestData();

namespace {

TEST(EmbeddedTest, EmbeddedBytesEqualTheFileOnDisk) {
  auto disk = ReadFileToString(std::string(DOSSIER_SOURCE_DIR) + "/src/base/strings.h");
  ASSERT_TRUE(disk.ok());
  EXPECT_EQ(Find(BaseTestData(), "strings.h"), *disk);
  EXPECT_TRUE(Find(BaseTestData(), "missing.txt").empty());
}

}  // namespace
}  // namespace dossier::embedded
