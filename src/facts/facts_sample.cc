// facts_sample: prints what the extractors find, for checking rules by hand, and times
// them. Not part of the product and not a test.
//
//   facts_sample --lines FILE            one sentence a line -> quantities and mentions
//   facts_sample --jsonl FILE N SEED     N random sentences of a {"documents":[{"text"}]}
//                                        file, split naively at ". "
//   facts_sample --judge FILE N SEED     as --jsonl, one line per fact with context, for
//                                        hand-labelling precision
//   facts_sample --time DIR              extraction time over every file of DIR, 200 runs
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>

#include "src/facts/facts.h"

namespace {

using dossier::Span;
namespace facts = dossier::facts;

void PrintSentence(std::string_view s) {
  Span span{0, static_cast<uint32_t>(s.size())};
  std::cout << "S: " << s << "\n";
  for (const facts::Quantity& q : facts::ExtractQuantities(s, span)) {
    std::cout << "  Q [" << s.substr(q.span.begin, q.span.size()) << "] value=" << q.value;
    if (q.bound == facts::QuantityBound::kRange) std::cout << ".." << q.value_high;
    std::cout << " " << facts::BoundName(q.bound) << " " << facts::KindName(q.kind) << " unit="
              << q.unit << " counted=" << q.counted << (q.projection ? " PROJECTION" : "") << "\n";
  }
  for (const facts::Mention& m : facts::ExtractMentions(s, span)) {
    std::cout << "  M [" << s.substr(m.span.begin, m.span.size()) << "] "
              << facts::EntityTypeName(m.type) << " name=" << m.name
              << (m.title.empty() ? "" : " title=" + m.title) << (m.demonym ? " demonym" : "")
              << (m.tentative ? " tentative" : "") << "\n";
  }
}

std::string Context(std::string_view s, Span span) {
  size_t from = span.begin > 50 ? span.begin - 50 : 0;
  std::string out(s.substr(from, span.begin - from));
  out += "<<" + std::string(s.substr(span.begin, span.size())) + ">>";
  out += s.substr(span.end, 40);
  for (char& c : out) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return out;
}

bool judge = false;

void PrintJudge(std::string_view s) {
  Span span{0, static_cast<uint32_t>(s.size())};
  for (const facts::Quantity& q : facts::ExtractQuantities(s, span)) {
    std::cout << "Q\t" << Context(s, q.span) << "\t" << q.value << " " << facts::BoundName(q.bound)
              << " unit=" << q.unit << " counted=" << q.counted << (q.projection ? " PROJ" : "") << "\n";
  }
  for (const facts::Mention& m : facts::ExtractMentions(s, span)) {
    if (m.tentative) continue;
    std::cout << "M\t" << Context(s, m.span) << "\t" << facts::EntityTypeName(m.type) << " "
              << m.name << (m.title.empty() ? "" : " title=" + m.title) << "\n";
  }
}

std::vector<std::string> SplitNaive(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if ((text[i] == '.' || text[i] == '\n') && (text[i + 1] == ' ' || text[i + 1] == '\n')) {
      if (i + 1 - start > 20) out.push_back(text.substr(start, i + 1 - start));
      start = i + 2;
    }
  }
  return out;
}

int SampleJsonl(const char* path, int n, unsigned seed) {
  std::ifstream in(path);
  std::vector<std::string> sentences;
  for (std::string line; std::getline(in, line);) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("documents")) continue;
    for (const auto& d : j["documents"]) {
      if (!d.contains("text") || !d["text"].is_string()) continue;
      for (std::string& s : SplitNaive(d["text"].get<std::string>())) sentences.push_back(std::move(s));
    }
  }
  std::mt19937 rng(seed);
  std::shuffle(sentences.begin(), sentences.end(), rng);
  for (int i = 0; i < n && i < static_cast<int>(sentences.size()); ++i) {
    if (judge) {
      PrintJudge(sentences[i]);
    } else {
      PrintSentence(sentences[i]);
    }
  }
  return 0;
}

int Time(const char* dir) {
  std::vector<std::string> sentences;
  for (const auto& f : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(f.path());
    std::stringstream ss;
    ss << in.rdbuf();
    for (std::string& s : SplitNaive(ss.str())) sentences.push_back(std::move(s));
  }
  facts::ExtractQuantities("warm up 5 troops", {0, 16});
  constexpr int kRuns = 200;
  size_t found = 0;
  auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < kRuns; ++r) {
    for (const std::string& s : sentences) {
      Span span{0, static_cast<uint32_t>(s.size())};
      found += facts::ExtractQuantities(s, span).size() + facts::ExtractMentions(s, span).size();
    }
  }
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::cout << sentences.size() << " sentences, " << found / kRuns << " facts, "
            << ms / kRuns << " ms per pass (quantities + mentions)\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string mode = argc > 2 ? argv[1] : "";
  if (mode == "--lines") {
    std::ifstream in(argv[2]);
    for (std::string line; std::getline(in, line);) PrintSentence(line);
    return 0;
  }
  judge = mode == "--judge";
  if ((mode == "--jsonl" || judge) && argc > 4) return SampleJsonl(argv[2], std::atoi(argv[3]), std::atoi(argv[4]));
  if (mode == "--time") return Time(argv[2]);
  std::cerr << "usage: facts_sample --lines FILE | --jsonl FILE N SEED | --time DIR\n";
  return 2;
}
