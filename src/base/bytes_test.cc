#include "src/base/bytes.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace dossier {
namespace {

TEST(BytesTest, ValuesReadBackAsWritten) {
  ByteWriter w;
  w.U8(0xab);
  w.U32(0xdeadbeef);
  w.U64(0x0123456789abcdefULL);
  w.I64(std::numeric_limits<int64_t>::min());
  w.F32(-1.5f);
  w.F64(0.1);
  w.Str("");
  w.Str(std::string("a\0b", 3));
  const std::string bytes = w.Take();
  // 1 + 4 + 8 + 8 + 4 + 8 + (4 + 0) + (4 + 3)
  EXPECT_EQ(bytes.size(), 44u);

  ByteReader r(bytes);
  uint8_t u8 = 0;
  uint32_t u32 = 0;
  uint64_t u64 = 0;
  int64_t i64 = 0;
  float f32 = 0;
  double f64 = 0;
  std::string empty = "x", nul;
  ASSERT_TRUE(r.U8(&u8) && r.U32(&u32) && r.U64(&u64) && r.I64(&i64) && r.F32(&f32) &&
              r.F64(&f64) && r.Str(&empty) && r.Str(&nul));
  EXPECT_EQ(u8, 0xab);
  EXPECT_EQ(u32, 0xdeadbeefu);
  EXPECT_EQ(u64, 0x0123456789abcdefULL);
  EXPECT_EQ(i64, std::numeric_limits<int64_t>::min());
  EXPECT_EQ(f32, -1.5f);
  EXPECT_EQ(f64, 0.1);
  EXPECT_EQ(empty, "");
  EXPECT_EQ(nul, std::string("a\0b", 3));
  EXPECT_TRUE(r.done());
}

TEST(BytesTest, IntegersAreLittleEndianWhateverTheHost) {
  ByteWriter w;
  w.U32(0x01020304);
  EXPECT_EQ(w.Take(), std::string("\x04\x03\x02\x01", 4));
}

TEST(BytesTest, ShortInputFailsEveryGetterWithoutReadingPastTheEnd) {
  struct Case {
    std::string input;
    const char* what;
  };
  for (const Case& c : {Case{"", "empty"}, Case{"\x01\x02\x03", "three bytes"},
                        Case{std::string("\x05\x00\x00\x00" "abc", 7), "string cut short"},
                        Case{"\xff\xff\xff\xff", "absurd string length"}}) {
    SCOPED_TRACE(c.what);
    ByteReader r(c.input);
    std::string s = "unchanged";
    uint64_t v = 7;
    EXPECT_FALSE(r.Str(&s) && r.U64(&v));
    EXPECT_FALSE(r.U64(&v));
    EXPECT_EQ(v, 7u);
  }
}

TEST(BytesTest, FitsRejectsCountsTheInputCannotHold) {
  const std::string bytes(16, 'x');
  ByteReader r(bytes);
  EXPECT_TRUE(r.Fits(4, 4));
  EXPECT_FALSE(r.Fits(5, 4));
  EXPECT_FALSE(r.Fits(std::numeric_limits<uint64_t>::max(), 1));
}

}  // namespace
}  // namespace dossier
