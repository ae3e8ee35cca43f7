#include "src/html/names.h"

#include <gtest/gtest.h>

namespace dossier::html {
namespace {

TEST(NamesOfTest, WholeWordsGluedWordsAndTaxonomy) {
  struct Case { std::string_view value; uint8_t want; };
  for (const Case& c : {
           Case{"share-bar", kNamesStrong},
           Case{"commentList", kNamesStrong | kNamesComments | kNamesStrongIn},
           Case{"postcomments", kNamesStrongIn | kNamesComments},  // glued: found inside
           Case{"commentary-body", kNamesContent},                 // an opinion piece
           Case{"shareholder", 0},
           Case{"entry-content", kNamesContent},
           Case{"sidebar", kNamesWeak | kNamesStrongIn},
           Case{"elementor-widget-container", kNamesWeak},
           // A post wrapper's taxonomy says what the post is about, not what it is.
           Case{"post-12 post type-post hentry category-comments tag-share author-admin", 0},
           Case{"author-box", kNamesStrong},
           // A content word beside a furniture word in one token names the box's content.
           Case{"newsletter-flex-text", kNamesStrong | kNamesStrongIn},
           Case{"related-content", kNamesStrong | kNamesStrongIn},
           Case{"entry-content share-enabled", kNamesContent | kNamesStrong},
           // ... except in comments, where each comment's "comment-content" is judged as one.
           Case{"comment-content", kNamesStrong | kNamesStrongIn | kNamesComments | kNamesContent},
           Case{"image-caption", kNamesWeak | kNamesCredit},
           Case{"copyright", kNamesWeak | kNamesCredit},
           // Utility classes name no content and no furniture: variants and style prefixes.
           Case{"lg:text-lg", 0},
           Case{"text-gray-700", 0},
           Case{"has-text-color has-background", 0},
           Case{"is-sidebar-open", 0},
           Case{"md:col-span-10 entry-content", kNamesContent},
           Case{"author-bio text-sm", kNamesStrong},
       }) {
    EXPECT_EQ(NamesOf(c.value), c.want) << c.value;
  }
}

}  // namespace
}  // namespace dossier::html
