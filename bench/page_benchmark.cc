// page_benchmark: web pages to main text, in process, on one thread.
//
//   ReadPage       html::ReadPage over every page of trafilatura's benchmark (gunzip,
//                  charset, parse, metadata, main text), one pass per iteration
//   ParseDom       the gumbo parse and flattening alone, on the decoded pages
//   MainText       ExtractMainText alone, on pages parsed beforehand
//   BigPage        one generated page of 50 MB (paragraphs, links, a sidebar)
//
// The pages: ../shared/data/extraction/trafilatura-eval/trafilatura_eval_html.tar.gz
// (1,033 pages, 152 MB); when it is absent, 300 pages generated here (the label says which).
// Counters: pages/s (items_per_second; ms per page = 1000 / pages/s) and MB/s of input
// (bytes_per_second), from CPU time.
//
//   build/release/bench/page_benchmark --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// Quote the median lines. Target (issue 9): at most 4 ms per page over trafilatura's pages.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "src/base/file.h"
#include "src/base/strings.h"
#include "src/base/tar.h"
#include "src/html/dom.h"
#include "src/html/load.h"
#include "src/html/main_text.h"
#include "src/html/page.h"

namespace {

namespace fs = std::filesystem;

// A page of `paragraphs` paragraphs inside the usual furniture.
std::string GeneratedPage(int id, int paragraphs) {
  std::string html = dossier::StrCat(
      "<!doctype html><html><head><meta charset=utf-8><title>Story ", id,
      " | Example News</title></head><body><nav><a href=/>Home</a> <a href=/world>World</a></nav>"
      "<div class=sidebar><ul>");
  for (int k = 0; k < 12; ++k) html += dossier::StrCat("<li><a href=/s", k, ">Other story ", k, "</a></li>");
  html += dossier::StrCat("</ul></div><article><h1>Story ", id, "</h1>");
  for (int p = 0; p < paragraphs; ++p) {
    html += dossier::StrCat("<p>Paragraph ", p, " of story ", id,
                            " tells what the council decided on Tuesday, who voted for it, and "
                            "what the <a href=/x>budget</a> will be in the coming years.</p>");
  }
  return html + "</article><footer>All rights reserved.</footer></body></html>";
}

struct Pages {
  std::vector<std::string> bytes;  // as stored (some gzipped)
  std::vector<std::string> decoded;
  size_t total_bytes = 0;
  std::string label;
};

const Pages& ThePages() {
  static const Pages pages = [] {
    Pages p;
    const std::string tar_gz = std::string(DOSSIER_SHARED_DIR) +
                               "/data/extraction/trafilatura-eval/trafilatura_eval_html.tar.gz";
    std::map<std::string, std::string> files;
    dossier::StatusOr<std::string> gz = dossier::ReadFileToString(tar_gz);
    if (gz.ok()) {
      dossier::StatusOr<std::string> tar = dossier::html::Gunzip(tar_gz, *gz, size_t{2} << 30);
      if (tar.ok() && dossier::ReadTar(tar_gz, *tar, &files).ok()) p.label = "trafilatura-eval pages";
    }
    if (files.empty()) {
      for (int i = 0; i < 300; ++i) files[dossier::StrCat("p", i)] = GeneratedPage(i, 5 + i % 40);
      p.label = "generated pages (trafilatura_eval_html.tar.gz absent)";
    }
    for (auto& [name, bytes] : files) {
      std::string raw = bytes;
      if (dossier::html::IsGzip(raw)) {
        dossier::StatusOr<std::string> in = dossier::html::Gunzip(name, raw, size_t{64} << 20);
        if (!in.ok()) continue;
        raw = std::move(in).value();
      }
      p.total_bytes += bytes.size();
      p.decoded.push_back(dossier::html::DecodePage(raw).text);
      p.bytes.push_back(std::move(bytes));
    }
    p.label += dossier::StrCat(", ", p.bytes.size(), " pages");
    return p;
  }();
  return pages;
}

void Report(benchmark::State& state, const Pages& p, size_t bytes) {
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * p.bytes.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetLabel(p.label);
}

void BM_ReadPage(benchmark::State& state) {
  const Pages& p = ThePages();
  for (auto _ : state) {
    for (const std::string& page : p.bytes) {
      auto r = dossier::html::ReadPage("page", page, {});
      benchmark::DoNotOptimize(r);
    }
  }
  Report(state, p, p.total_bytes);
}
BENCHMARK(BM_ReadPage)->Unit(benchmark::kMillisecond);

void BM_ParseDom(benchmark::State& state) {
  const Pages& p = ThePages();
  size_t bytes = 0;
  for (const std::string& d : p.decoded) bytes += d.size();
  for (auto _ : state) {
    for (const std::string& d : p.decoded) {
      dossier::html::Dom dom = dossier::html::ParseDom(d);
      benchmark::DoNotOptimize(dom.nodes.data());
    }
  }
  Report(state, p, bytes);
}
BENCHMARK(BM_ParseDom)->Unit(benchmark::kMillisecond);

void BM_MainText(benchmark::State& state) {
  const Pages& p = ThePages();
  std::vector<dossier::html::Dom> doms;
  size_t bytes = 0;
  for (const std::string& d : p.decoded) {
    doms.push_back(dossier::html::ParseDom(d));
    bytes += d.size();
  }
  for (auto _ : state) {
    for (const dossier::html::Dom& dom : doms) {
      dossier::html::MainText m = dossier::html::ExtractMainText(dom, {});
      benchmark::DoNotOptimize(m.text.data());
    }
  }
  Report(state, p, bytes);
}
BENCHMARK(BM_MainText)->Unit(benchmark::kMillisecond);

void BM_BigPage(benchmark::State& state) {
  std::string page = GeneratedPage(0, 1);
  const std::string article_end = "</article>";
  std::string paragraphs;
  for (int p = 0; paragraphs.size() < (size_t{50} << 20); ++p) {
    paragraphs += dossier::StrCat("<p>Paragraph ", p, " tells what the council decided on Tuesday, ",
                                  "who voted for it, and what the budget will be.</p>\n");
  }
  page.insert(page.find(article_end), paragraphs);
  size_t text = 0;
  for (auto _ : state) {
    auto r = dossier::html::ReadPage("big.html", page, {});
    text = r.ok() ? r->text.size() : 0;
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
  state.counters["text_MB"] = static_cast<double>(text) / 1e6;
  state.SetLabel(dossier::StrCat(page.size() >> 20, " MiB page"));
}
BENCHMARK(BM_BigPage)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
