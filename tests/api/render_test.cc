// What the Markdown briefing shows a reader (include/dossier/render.h), through the
// public API only.
#include "dossier/render.h"

#include <gtest/gtest.h>

#include <string>

#include "dossier/briefing.h"

namespace dossier {
namespace {

TEST(RenderTest, TimelineDatesReadAsAReaderWritesThem) {
  struct Case {
    std::string date, shown;
  };
  for (const Case& c : {Case{"1999-SU", "**summer 1999**"}, Case{"2000-WI", "**winter 2000**"},
                        Case{"2000-Q2", "**second quarter of 2000**"},
                        Case{"2000-03-26", "**2000-03-26**"}, Case{"1998-05", "**1998-05**"},
                        Case{"1990", "**1990**"}}) {
    Briefing b;
    b.sources.push_back({});
    TimelineEntry t;
    t.date = c.date;
    t.basis = "text";
    t.event.text = "The council voted to close the plant.";
    t.event.cites.push_back({0, {0, 37}});
    b.timeline.push_back(t);
    const std::string md = BriefingToMarkdown(b);
    EXPECT_NE(md.find("- " + c.shown + " — The council voted"), std::string::npos)
        << c.date << "\n" << md;
  }
}

}  // namespace
}  // namespace dossier
