// The C++ floor of the match benchmark: the same job as `inohub match solve`, written as plain C++17
// (std::unordered_map, std::vector, std::sort), built with g++ -O2. Same input contract, same checks,
// same algorithm (student-proposing deferred acceptance with a max-heap per program), same output
// bytes. Error messages are terse: only valid instances are timed.
//
//   match-floor C.csv S.csv P.csv M.csv
//
// Deliberate parity with the TypeScript CLI, so that the ratio measures the runtime and not a
// different design: files are read in 1 MiB chunks (streaming), a row's owner id is compared with the
// previous row's before hashing, row arrays are sized once from the file size, and each list is sorted
// by rank only when it is not already in order.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>
#include <sys/stat.h>

namespace {

[[noreturn]] void fail(const std::string& file, long line, const std::string& what) {
  std::fprintf(stderr, "%s:%ld: %s\nno output written\n", file.c_str(), line, what.c_str());
  std::exit(1);
}

long fileSize(const char* path) {
  struct stat st;
  return stat(path, &st) == 0 ? static_cast<long>(st.st_size) : 0;
}

// Streaming RFC 4180 reader over bytes, mirroring csv-reader.ts: a record cut by the end of the
// buffer is scanned again after the next read; "" escapes are collapsed in place once complete.
class CsvReader {
 public:
  CsvReader(const char* path, std::string name) : name_(std::move(name)), buf_(1 << 20) {
    f_ = std::fopen(path, "rb");
    if (!f_) fail(name_, 0, "cannot open");
    fill();
    if (len_ >= 3 && (uint8_t)buf_[0] == 0xef && (uint8_t)buf_[1] == 0xbb && (uint8_t)buf_[2] == 0xbf) pos_ = 3;
  }
  ~CsvReader() { std::fclose(f_); }

  bool next() {
    for (;;) {
      long end = scan();
      if (end >= 0) {
        pos_ = end;
        if (count_ > 0) {
          unescape();
          return true;
        }
        continue;
      }
      if (eof_) return false;
      fill();
    }
  }

  int count() const { return count_; }
  long line() const { return line_; }
  const char* data() const { return buf_.data(); }
  long start(int i) const { return starts_[i]; }
  long end(int i) const { return ends_[i]; }
  std::string text(int i) const { return std::string(buf_.data() + starts_[i], ends_[i] - starts_[i]); }

 private:
  void fill() {
    long tail = len_ - pos_;
    if (pos_ == 0 && len_ == (long)buf_.size()) {
      buf_.resize(buf_.size() * 2);
    } else if (pos_ > 0) {
      std::memmove(buf_.data(), buf_.data() + pos_, tail);
    }
    pos_ = 0;
    len_ = tail;
    while (len_ < (long)buf_.size()) {
      size_t got = std::fread(buf_.data() + len_, 1, buf_.size() - len_, f_);
      if (got == 0) {
        eof_ = true;
        break;
      }
      len_ += (long)got;
    }
  }

  void field(int f, long s, long e, bool esc) {
    if (f >= (int)starts_.size()) {
      starts_.resize(f + 1);
      ends_.resize(f + 1);
      escaped_.resize(f + 1);
    }
    starts_[f] = s;
    ends_[f] = e;
    escaped_[f] = esc;
  }

  long finish(int fields, long newlines, long end) {
    count_ = fields;
    next_line_ = line_ + newlines + 1;
    return end;
  }

  long scan() {
    const char* b = buf_.data();
    const long n = len_;
    long i = pos_;
    int f = 0;
    long newlines = 0;
    line_ = next_line_;
    if (i >= n) return -1;
    if (b[i] == '\n' || (b[i] == '\r' && i + 1 < n && b[i + 1] == '\n')) {
      count_ = 0;
      next_line_++;
      return b[i] == '\n' ? i + 1 : i + 2;
    }
    for (;;) {
      if (i < n && b[i] == '"') {
        long s = ++i;
        bool esc = false;
        for (;;) {
          if (i >= n) {
            if (eof_) fail(name_, line_, "a quoted field is not closed before the end of the file");
            return -1;
          }
          char c = b[i];
          if (c == '"') {
            if (i + 1 >= n && !eof_) return -1;
            if (i + 1 < n && b[i + 1] == '"') {
              esc = true;
              i += 2;
              continue;
            }
            break;
          }
          if (c == '\n') newlines++;
          i++;
        }
        field(f, s, i, esc);
        i++;
        if (i < n && b[i] != ',' && b[i] != '\n' && b[i] != '\r') fail(name_, line_ + newlines, "text after a closing quote");
      } else {
        long s = i;
        while (i < n) {
          char c = b[i];
          if (c == ',' || c == '\n' || c == '\r' || c == '"') break;
          i++;
        }
        if (i < n && b[i] == '"') fail(name_, line_, "a quote inside an unquoted field");
        field(f, s, i, false);
      }
      f++;
      if (i >= n) {
        if (!eof_) return -1;
        return finish(f, newlines, i);
      }
      char c = b[i];
      if (c == ',') {
        i++;
        continue;
      }
      if (c == '\n') return finish(f, newlines, i + 1);
      if (i + 1 >= n) return eof_ ? finish(f, newlines, i + 1) : -1;
      if (b[i + 1] == '\n') return finish(f, newlines, i + 2);
      fail(name_, line_ + newlines, "a CR outside quotes must be followed by LF");
    }
  }

  void unescape() {
    char* b = buf_.data();
    for (int f = 0; f < count_; f++) {
      if (!escaped_[f]) continue;
      long w = starts_[f];
      for (long r = w; r < ends_[f]; r++) {
        b[w++] = b[r];
        if (b[r] == '"') r++;
      }
      ends_[f] = w;
    }
  }

  std::string name_;
  std::FILE* f_ = nullptr;
  std::vector<char> buf_;
  long pos_ = 0, len_ = 0, line_ = 0, next_line_ = 1;
  bool eof_ = false;
  int count_ = 0;
  std::vector<long> starts_, ends_;
  std::vector<bool> escaped_;
};

bool validUtf8(const char* p, long n) {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(p);
  long i = 0;
  while (i < n) {
    uint8_t b0 = s[i];
    if (b0 < 0x80) {
      i++;
      continue;
    }
    int need;
    uint32_t min, cp;
    if (b0 >= 0xc2 && b0 <= 0xdf) need = 1, min = 0x80, cp = b0 & 0x1f;
    else if (b0 >= 0xe0 && b0 <= 0xef) need = 2, min = 0x800, cp = b0 & 0x0f;
    else if (b0 >= 0xf0 && b0 <= 0xf4) need = 3, min = 0x10000, cp = b0 & 0x07;
    else return false;
    if (i + need >= n) return false;
    for (int k = 1; k <= need; k++) {
      if ((s[i + k] & 0xc0) != 0x80) return false;
      cp = (cp << 6) | (s[i + k] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

#ifdef FLOOR_STD_MAP
// Variant built with -DFLOOR_STD_MAP: ids interned with std::unordered_map<std::string, int32_t>, the
// textbook choice. names[i] points at the key stored in the map (nodes are stable).
struct IdTable {
  std::unordered_map<std::string, int32_t> index;
  std::vector<const std::string*> names;
  std::string key;  // reused lookup key: no allocation per row for short ids

  int32_t find(const char* p, long n) {
    key.assign(p, n);
    auto it = index.find(key);
    return it == index.end() ? -1 : it->second;
  }
  int32_t add(const char*, long) {  // adds `key`, set by the preceding find
    int32_t id = (int32_t)names.size();
    auto it = index.emplace(key, id).first;
    names.push_back(&it->first);
    return id;
  }
  bool equals(int32_t id, const char* p, long n) const {
    const std::string& s = *names[id];
    return (long)s.size() == n && std::memcmp(s.data(), p, n) == 0;
  }
  std::string_view name(int32_t id) const { return *names[id]; }
  int32_t size() const { return (int32_t)names.size(); }
};
#else
// Default: the same table as the CLI's IdTable (id-table.ts): FNV-1a over the bytes, open addressing
// with linear probing over (id, hash) pairs, id bytes in one arena.
struct IdTable {
  std::vector<char> arena;
  std::vector<uint32_t> offsets{0};
  std::vector<int32_t> slots = std::vector<int32_t>(2 * 2048, -1);
  uint32_t mask = 2047;
  int32_t lastHash = 0;

  static int32_t hash(const char* p, long n) {
    uint32_t h = 0x811c9dc5u;
    for (long i = 0; i < n; i++) h = (h ^ (uint8_t)p[i]) * 0x01000193u;
    return (int32_t)h;
  }
  static uint32_t mix(uint32_t h) {
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    return h;
  }
  int32_t find(const char* p, long n) {
    int32_t h = lastHash = hash(p, n);
    for (uint32_t slot = mix((uint32_t)h) & mask;; slot = (slot + 1) & mask) {
      int32_t id = slots[2 * slot];
      if (id < 0) return -1;
      if (slots[2 * slot + 1] == h && equals(id, p, n)) return id;
    }
  }
  int32_t add(const char* p, long n) {  // after a failed find of the same bytes
    int32_t id = size();
    if ((uint32_t)(id + 1) * 2 > mask) rehash();
    arena.insert(arena.end(), p, p + n);
    offsets.push_back((uint32_t)arena.size());
    place(slots, mask, id, lastHash);
    return id;
  }
  bool equals(int32_t id, const char* p, long n) const {
    uint32_t from = offsets[id];
    return (long)(offsets[id + 1] - from) == n && std::memcmp(arena.data() + from, p, n) == 0;
  }
  std::string_view name(int32_t id) const {
    return std::string_view(arena.data() + offsets[id], offsets[id + 1] - offsets[id]);
  }
  int32_t size() const { return (int32_t)offsets.size() - 1; }

 private:
  static void place(std::vector<int32_t>& s, uint32_t m, int32_t id, int32_t h) {
    uint32_t slot = mix((uint32_t)h) & m;
    while (s[2 * slot] >= 0) slot = (slot + 1) & m;
    s[2 * slot] = id;
    s[2 * slot + 1] = h;
  }
  void rehash() {
    uint32_t m = mask * 2 + 1;
    std::vector<int32_t> s(2 * (size_t)(m + 1), -1);
    for (size_t i = 0; i < slots.size(); i += 2)
      if (slots[i] >= 0) place(s, m, slots[i], slots[i + 1]);
    slots.swap(s);
    mask = m;
  }
};
#endif

// Digits only; -1 empty or not an integer, -2 too large.
int64_t parseDigits(const char* p, long n, int64_t max) {
  if (n == 0) return -1;
  int64_t v = 0;
  for (long i = 0; i < n; i++) {
    unsigned d = (unsigned char)p[i] - '0';
    if (d > 9) return -1;
    v = v * 10 + d;
    if (v > max) return -2;
  }
  return v;
}

std::vector<int> header(CsvReader& r, const std::string& name, std::vector<std::string> want, int& width) {
  if (!r.next()) fail(name, 1, "empty file");
  width = r.count();
  std::vector<int> cols;
  for (auto& w : want) {
    int found = -1;
    for (int i = 0; i < r.count(); i++) {
      if (r.text(i) != w) continue;
      if (found >= 0) fail(name, r.line(), "column twice: " + w);
      found = i;
    }
    if (found < 0) fail(name, r.line(), "missing column " + w);
    cols.push_back(found);
  }
  return cols;
}

struct Rows {
  std::vector<int32_t> owner, other;
  std::vector<uint32_t> rank;
  void reserve(long fileBytes) {
    size_t n = fileBytes / 6 + 1;  // upper bound: "a,b,1\n"; pages are touched only as rows arrive
    owner.reserve(n);
    other.reserve(n);
    rank.reserve(n);
  }
  void clear() {
    owner.clear();
    other.clear();
    rank.clear();
  }
};

void loadLists(const char* path, const std::string& name, const char* ownerCol, const char* otherCol,
               IdTable& owners, IdTable& others, bool othersMustExist, Rows& rows) {
  CsvReader r(path, name);
  int width;
  auto cols = header(r, name, {ownerCol, otherCol, "rank"}, width);
  int oc = cols[0], xc = cols[1], rc = cols[2];
  int32_t last = -1;
  while (r.next()) {
    if (r.count() != width) fail(name, r.line(), "wrong number of fields");
    const char* d = r.data();
    long os = r.start(oc), oe = r.end(oc);
    int32_t owner = last;
    if (owner < 0 || !owners.equals(owner, d + os, oe - os)) {
      if (os == oe) fail(name, r.line(), "empty id");
      owner = owners.find(d + os, oe - os);
      if (owner < 0) {
        if (!validUtf8(d + os, oe - os)) fail(name, r.line(), "id is not valid UTF-8");
        owner = owners.add(d + os, oe - os);
      }
      last = owner;
    }
    long xs = r.start(xc), xe = r.end(xc);
    if (xs == xe) fail(name, r.line(), "empty id");
    int32_t other = others.find(d + xs, xe - xs);
    if (other < 0) {
      if (othersMustExist) fail(name, r.line(), "unknown program");
      if (!validUtf8(d + xs, xe - xs)) fail(name, r.line(), "id is not valid UTF-8");
      other = others.add(d + xs, xe - xs);
    }
    int64_t rank = parseDigits(d + r.start(rc), r.end(rc) - r.start(rc), 4294967295LL);
    if (rank <= 0) fail(name, r.line(), "rank is not a positive integer");
    rows.owner.push_back(owner);
    rows.other.push_back(other);
    rows.rank.push_back((uint32_t)rank);
  }
}

struct Lists {
  std::vector<uint32_t> start;
  std::vector<int32_t> items;
};

// Counting sort by owner, sort each list by rank when needed, reject repeated items and ranks.
Lists group(const Rows& rows, int32_t owners, int32_t others, const std::string& name, std::vector<int32_t>& order) {
  size_t n = rows.owner.size();
  Lists out;
  out.start.assign(owners + 1, 0);
  for (size_t r = 0; r < n; r++) out.start[rows.owner[r] + 1]++;
  for (int32_t o = 0; o < owners; o++) out.start[o + 1] += out.start[o];
  std::vector<uint32_t> fill(out.start.begin(), out.start.end() - 1);
  order.resize(n);
  for (size_t r = 0; r < n; r++) order[fill[rows.owner[r]]++] = (int32_t)r;
  std::vector<int32_t> seen(others, -1);
  out.items.resize(n);
  const uint32_t* rank = rows.rank.data();
  for (int32_t o = 0; o < owners; o++) {
    int32_t* from = order.data() + out.start[o];
    int32_t* to = order.data() + out.start[o + 1];
    auto byRank = [rank](int32_t a, int32_t b) { return rank[a] < rank[b] || (rank[a] == rank[b] && a < b); };
    if (!std::is_sorted(from, to, [rank](int32_t a, int32_t b) { return rank[a] < rank[b]; })) std::sort(from, to, byRank);
    for (int32_t* p = from; p < to; p++) {
      int32_t x = rows.other[*p];
      out.items[p - order.data()] = x;
      if (seen[x] == o) fail(name, 0, "an item appears twice in one list");
      if (p > from && rank[p[-1]] == rank[*p]) fail(name, 0, "a rank appears twice in one list");
      seen[x] = o;
    }
  }
  return out;
}

struct Result {
  std::vector<int32_t> programOf, choiceOf, filled;
};

// Student-proposing deferred acceptance, the same steps as packages/matching.
Result solve(const std::vector<int32_t>& capacity, const Lists& S, const Lists& P) {
  int32_t programs = (int32_t)capacity.size();
  int32_t students = (int32_t)S.start.size() - 1;
  size_t entries = S.items.size();
  // Join: position of each student entry's student in the program's list, or -1.
  std::vector<uint32_t> bstart(programs + 1, 0);
  for (size_t e = 0; e < entries; e++) bstart[S.items[e] + 1]++;
  for (int32_t p = 0; p < programs; p++) bstart[p + 1] += bstart[p];
  std::vector<uint32_t> fill(bstart.begin(), bstart.end() - 1);
  std::vector<int32_t> bentry(entries), bstudent(entries);
  for (int32_t s = 0; s < students; s++)
    for (uint32_t e = S.start[s]; e < S.start[s + 1]; e++) {
      uint32_t slot = fill[S.items[e]]++;
      bentry[slot] = (int32_t)e;
      bstudent[slot] = s;
    }
  std::vector<int32_t> rankOf(entries, -1), position(students, -1);
  for (int32_t p = 0; p < programs; p++) {
    if (bstart[p] == bstart[p + 1]) continue;
    uint32_t lf = P.start[p], lt = P.start[p + 1];
    for (uint32_t i = lf; i < lt; i++) position[P.items[i]] = (int32_t)(i - lf);
    for (uint32_t b = bstart[p]; b < bstart[p + 1]; b++) rankOf[bentry[b]] = position[bstudent[b]];
    for (uint32_t i = lf; i < lt; i++) position[P.items[i]] = -1;
  }

  std::vector<uint32_t> heapStart(programs + 1, 0);
  for (int32_t p = 0; p < programs; p++)
    heapStart[p + 1] = heapStart[p] + std::min<uint32_t>((uint32_t)capacity[p], P.start[p + 1] - P.start[p]);
  std::vector<int32_t> heap(heapStart[programs]);
  Result res;
  res.filled.assign(programs, 0);
  res.programOf.assign(students, -1);
  res.choiceOf.assign(students, -1);
  std::vector<uint32_t> next(S.start.begin(), S.start.end() - 1);
  std::vector<int32_t> freeStack(students);
  for (int32_t s = 0; s < students; s++) freeStack[s] = students - 1 - s;
  size_t top = students;
  while (top > 0) {
    int32_t s = freeStack[--top];
    uint32_t end = S.start[s + 1], e = next[s];
    for (; e < end; e++) {
      int32_t r = rankOf[e];
      if (r < 0) continue;
      int32_t p = S.items[e];
      int32_t* h = heap.data() + heapStart[p];
      int32_t seats = (int32_t)(heapStart[p + 1] - heapStart[p]);
      if (seats == 0) continue;
      int32_t held = res.filled[p];
      if (held < seats) {
        int32_t i = held;
        while (i > 0 && h[(i - 1) >> 1] < r) {
          h[i] = h[(i - 1) >> 1];
          i = (i - 1) >> 1;
        }
        h[i] = r;
        res.filled[p] = held + 1;
      } else {
        if (r > h[0]) continue;
        int32_t evicted = P.items[P.start[p] + h[0]];
        res.programOf[evicted] = -1;
        res.choiceOf[evicted] = -1;
        freeStack[top++] = evicted;
        int32_t i = 0;
        for (;;) {
          int32_t c = 2 * i + 1;
          if (c >= seats) break;
          if (c + 1 < seats && h[c + 1] > h[c]) c++;
          if (h[c] <= r) break;
          h[i] = h[c];
          i = c;
        }
        h[i] = r;
      }
      res.programOf[s] = p;
      res.choiceOf[s] = (int32_t)(e - S.start[s]);
      break;
    }
    next[s] = e + 1;
  }
  return res;
}

void putField(std::string& out, std::string_view id) {
  if (id.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += id;
    return;
  }
  out += '"';
  for (char c : id) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: match-floor C.csv S.csv P.csv M.csv\n");
    return 2;
  }
  auto t0 = std::chrono::steady_clock::now();
  const char *cPath = argv[1], *sPath = argv[2], *pPath = argv[3], *outPath = argv[4];

  IdTable programs;
  std::vector<int32_t> capacity;
  {
    CsvReader r(cPath, cPath);
    int width;
    auto cols = header(r, cPath, {"program_id", "capacity"}, width);
    while (r.next()) {
      if (r.count() != width) fail(cPath, r.line(), "wrong number of fields");
      const char* d = r.data();
      int64_t cap = parseDigits(d + r.start(cols[1]), r.end(cols[1]) - r.start(cols[1]), 2147483647LL);
      if (cap < 0) fail(cPath, r.line(), "capacity is not a non-negative integer");
      long s = r.start(cols[0]), e = r.end(cols[0]);
      if (s == e) fail(cPath, r.line(), "empty program_id");
      if (programs.find(d + s, e - s) >= 0) fail(cPath, r.line(), "program listed twice");
      if (!validUtf8(d + s, e - s)) fail(cPath, r.line(), "id is not valid UTF-8");
      programs.add(d + s, e - s);
      capacity.push_back((int32_t)cap);
    }
  }
  int32_t realPrograms = programs.size();

  IdTable students;
  Rows rows;
  rows.reserve(std::max(fileSize(sPath), fileSize(pPath)));
  loadLists(sPath, sPath, "student_id", "program_id", students, programs, true, rows);
  std::vector<int32_t> order;
  Lists S = group(rows, students.size(), programs.size(), sPath, order);
  int32_t realStudents = students.size();
  rows.clear();
  loadLists(pPath, pPath, "program_id", "student_id", programs, students, false, rows);
  Lists P = group(rows, programs.size(), students.size(), pPath, order);
  // Keep real programs, drop students absent from S.csv.
  P.start.resize(realPrograms + 1);
  if (students.size() != realStudents) {
    uint32_t k = 0, from = 0;
    for (int32_t p = 0; p < realPrograms; p++) {
      uint32_t to = P.start[p + 1];
      for (uint32_t i = from; i < to; i++)
        if (P.items[i] < realStudents) P.items[k++] = P.items[i];
      from = to;
      P.start[p + 1] = k;
    }
  }
  auto t1 = std::chrono::steady_clock::now();

  Result res = solve(capacity, S, P);
  auto t2 = std::chrono::steady_clock::now();

  std::vector<int32_t> byId(realStudents);
  for (int32_t s = 0; s < realStudents; s++) byId[s] = s;
  // string_view's operator< compares bytes as unsigned char: UTF-8 byte order = code-point order.
  std::sort(byId.begin(), byId.end(), [&](int32_t a, int32_t b) { return students.name(a) < students.name(b); });
  std::string tmp = std::string(outPath) + ".floor.tmp";
  std::FILE* out = std::fopen(tmp.c_str(), "wb");
  if (!out) fail(outPath, 0, "cannot write");
  std::string buf = "student_id,program_id\n";
  for (int32_t s : byId) {
    putField(buf, students.name(s));
    buf += ',';
    if (res.programOf[s] >= 0) putField(buf, programs.name(res.programOf[s]));
    buf += '\n';
    if (buf.size() >= (1 << 20)) {
      std::fwrite(buf.data(), 1, buf.size(), out);
      buf.clear();
    }
  }
  std::fwrite(buf.data(), 1, buf.size(), out);
  std::fclose(out);
  std::rename(tmp.c_str(), outPath);
  auto t3 = std::chrono::steady_clock::now();

  long matched = 0;
  for (int32_t p : res.programOf) matched += p >= 0;
  auto ms = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
  std::fprintf(stderr, "floor: %d students, %ld matched; read %.2f s, match %.2f s, write %.2f s, total %.2f s\n",
               realStudents, matched, ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t0, t3));
  return 0;
}
