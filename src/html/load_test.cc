#include "src/html/load.h"

#include <gtest/gtest.h>

#include "src/html/gzip_testing.h"

namespace dossier::html {
namespace {

using html::testing::Gzip;

TEST(GunzipTest, InflatesAndConcatenatesMembers) {
  const std::string a = Gzip("<p>one</p>"), b = Gzip("<p>two</p>");
  ASSERT_TRUE(IsGzip(a));
  StatusOr<std::string> got = Gunzip("x.html.gz", a + b, 1 << 20);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(*got, "<p>one</p><p>two</p>");
}

TEST(GunzipTest, TruncatedStreamNamesFileAndOffset) {
  std::string z = Gzip(std::string(10000, 'a') + "<p>end</p>");
  StatusOr<std::string> got = Gunzip("x.html.gz", z.substr(0, z.size() / 2), 1 << 20);
  ASSERT_FALSE(got.ok());
  EXPECT_NE(got.status().message().find("x.html.gz: truncated gzip stream at byte"),
            std::string::npos)
      << got.status().message();
}

TEST(GunzipTest, RefusesOutputAboveTheLimit) {
  StatusOr<std::string> got = Gunzip("big.gz", Gzip(std::string(100000, ' ')), 1000);
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().code(), StatusCode::kOutOfRange);
}

TEST(DecodePageTest, ChoosesEncodingInBrowserOrder) {
  struct Case { std::string bytes; std::string_view encoding; std::string_view how; std::string_view text; };
  for (const Case& c : {
           Case{"\xEF\xBB\xBF<p>caf\xC3\xA9</p>", "UTF-8", "bom", "<p>caf\xC3\xA9</p>"},
           Case{"<meta charset=iso-8859-1><p>caf\xC3\xA9</p>", "UTF-8", "utf8",
                "<meta charset=iso-8859-1><p>caf\xC3\xA9</p>"},
           Case{"<meta charset=\"iso-8859-1\"><p>caf\xE9</p>", "windows-1252", "meta",
                "<meta charset=\"iso-8859-1\"><p>caf\xC3\xA9</p>"},
       }) {
    DecodedPage d = DecodePage(c.bytes);
    EXPECT_EQ(d.how, c.how) << c.bytes;
    EXPECT_EQ(d.text, c.text) << c.bytes;
    EXPECT_EQ(d.encoding, c.encoding);
  }
}

TEST(DecodePageTest, MapsConvertedBytesBackToRawOffsets) {
  const std::string raw = "<meta charset=windows-1252><p>\xE9t\xE9</p>";
  DecodedPage d = DecodePage(raw);
  const size_t at = d.text.find("\xC3\xA9t");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(d.RawOffset(at), raw.find('\xE9'));
  EXPECT_EQ(d.RawOffset(at + 2), raw.find('t', raw.find('\xE9')));
  EXPECT_EQ(d.RawOffset(d.text.size()), raw.size());
}

TEST(DeclaredCharsetTest, ReadsMetaCharsetAndHttpEquiv) {
  EXPECT_EQ(DeclaredCharset("<meta charset='Shift_JIS'>"), "shift_jis");
  EXPECT_EQ(DeclaredCharset("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">"),
            "windows-1252");
  EXPECT_EQ(DeclaredCharset("<p>no meta</p>"), "");
}

}  // namespace
}  // namespace dossier::html
