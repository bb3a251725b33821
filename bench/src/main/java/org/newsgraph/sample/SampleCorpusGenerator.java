package org.newsgraph.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic sample corpus of news articles as JSON Lines.
 *
 * <p>Every article is composed from a hand-written event scenario (a real event with the leaders who
 * held office on its dates), a date inside the scenario's window, and a fictional outlet on the
 * {@code .test} top-level domain. All prose is written for this project; none is copied from a news
 * source: the scenarios and the generic sentences are the resources {@code scenarios.txt} and
 * {@code generic.txt} beside this class. The same {@code count} and {@code seed} always give
 * byte-identical output.
 *
 * <p>With malformed lines enabled, {@link #MALFORMED_LINE_COUNT} extra lines are mixed in among the
 * {@code count} good ones. They are drawn from a separate random stream, so the good lines are the
 * same, in the same order, whether or not the malformed lines are included.
 *
 * <pre>
 * java -cp bench/target/classes org.newsgraph.sample.SampleCorpusGenerator \
 *     --out src/main/resources/sample/articles.jsonl --count 360 --seed 42
 * </pre>
 */
public final class SampleCorpusGenerator {

  public static final int DEFAULT_COUNT = 360;
  public static final long DEFAULT_SEED = 42L;
  /** Number of deliberately broken or unusual lines added when malformed lines are enabled. */
  public static final int MALFORMED_LINE_COUNT = 10;
  /** Share of good articles that are exact syndicated copies of an earlier article. */
  static final double SYNDICATED_SHARE = 0.02;

  static final int MIN_TEXT_CHARS = 400;
  static final int MAX_TEXT_CHARS = 1500;
  static final int MAX_SENTENCES = 8;

  private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final DateTimeFormatter URL_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  private SampleCorpusGenerator() {}

  /** A fictional outlet: display name, web host and the time zone its timestamps are written in. */
  record Outlet(String name, String host, ZoneId zone) {}

  static final List<Outlet> OUTLETS = List.of(
      new Outlet("Northern Ledger", "www.northernledger.test", ZoneId.of("Europe/London")),
      new Outlet("Daily Meridian", "www.dailymeridian.test", ZoneId.of("UTC")),
      new Outlet("Harbour Times", "www.harbourtimes.test", ZoneId.of("Australia/Sydney")),
      new Outlet("Continental Wire", "www.continentalwire.test", ZoneId.of("Europe/Berlin")),
      new Outlet("Example News", "www.example-news.test", ZoneId.of("America/New_York")),
      new Outlet("Evening Compass", "www.eveningcompass.test", ZoneId.of("America/Chicago")),
      new Outlet("Pacific Dispatch", "www.pacificdispatch.test", ZoneId.of("Asia/Tokyo")),
      new Outlet("Granite Post", "www.granitepost.test", ZoneId.of("America/New_York")),
      new Outlet("Subcontinent Review", "www.subcontinentreview.test", ZoneId.of("Asia/Kolkata")),
      new Outlet("Atlas Chronicle", "www.atlaschronicle.test", ZoneId.of("Europe/Paris")),
      new Outlet("Southern Cross Courier", "www.southerncrosscourier.test", ZoneId.of("America/Sao_Paulo")),
      new Outlet("Lakeside Gazette", "www.lakesidegazette.test", ZoneId.of("UTC")));

  /** Generic sentences that fit any story (generic.txt); they name no leader, country or place. */
  private static final java.util.Map<Character, List<String>> GENERIC =
      taggedLines(resource("generic.txt"), "RBC");
  static final List<String> GENERIC_REACTIONS = GENERIC.get('R');
  static final List<String> GENERIC_BACKGROUND = GENERIC.get('B');
  static final List<String> GENERIC_CLOSINGS = GENERIC.get('C');

  /** One real event: a date window in which every sentence is true, and its sentence pools. */
  record Scenario(String slug, String section, LocalDate from, LocalDate to,
      List<String> headlines, List<String> leads, List<String> body, List<String> closings) {}

  /** One good article, kept so syndicated copies can repeat it. */
  private record Article(String id, ZonedDateTime published, String title, String text,
      String section, String slug, Outlet outlet) {}

  static final List<Scenario> SCENARIOS = parseLibrary(resource("scenarios.txt"));

  /** Headline slugs, computed once per headline (the headlines are a small fixed set). */
  private static final java.util.Map<String, String> SLUGS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Sections whose stories take the generic reaction and background sentences. */
  private static final java.util.Set<String> NEWS_SECTIONS = java.util.Set.of("world", "politics", "business");

  public static void main(String[] args) throws IOException {
    Path out = null;
    int count = DEFAULT_COUNT;
    long seed = DEFAULT_SEED;
    boolean malformed = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--out" -> out = Path.of(requireValue(args, ++i, "--out"));
        case "--count" -> count = parseCount(requireValue(args, ++i, "--count"));
        case "--seed" -> seed = parseSeed(requireValue(args, ++i, "--seed"));
        case "--malformed" -> malformed = true;
        case "--no-malformed" -> malformed = false;
        case "-h", "--help" -> {
          System.out.println(usage());
          return;
        }
        default -> fail("unknown option '" + arg + "'");
      }
    }
    if (out == null) {
      fail("--out FILE is required");
    }
    List<String> lines = generateLines(count, seed, malformed);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String line : lines) {
        w.write(line);
        w.write('\n');
      }
    }
    System.err.printf("SampleCorpusGenerator: wrote %d lines (%d articles, %d malformed) to %s (seed %d)%n",
        lines.size(), count, lines.size() - count, out, seed);
  }

  private static String usage() {
    return "usage: SampleCorpusGenerator --out FILE [--count N (default " + DEFAULT_COUNT
        + ")] [--seed S (default " + DEFAULT_SEED + ")] [--malformed | --no-malformed (default --malformed)]";
  }

  private static void fail(String message) {
    System.err.println("SampleCorpusGenerator: " + message);
    System.err.println(usage());
    System.exit(2);
  }

  private static String requireValue(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      fail(option + " needs a value");
    }
    return args[i];
  }

  private static int parseCount(String value) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    fail("--count must be a non-negative integer, got '" + value + "'");
    return -1;
  }

  private static long parseSeed(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      fail("--seed must be an integer, got '" + value + "'");
      return -1;
    }
  }

  /**
   * Returns the corpus as JSON Lines (no line terminators). With {@code malformed == false} the list
   * holds exactly {@code count} good articles; with {@code malformed == true} it holds the same
   * {@code count} lines in the same order plus {@link #MALFORMED_LINE_COUNT} extra lines.
   */
  public static List<String> generateLines(int count, long seed, boolean malformed) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, got " + count);
    }
    Random rng = new Random(seed);
    List<Article> articles = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      String id = articleId(i);
      if (articles.size() >= 5 && rng.nextDouble() < SYNDICATED_SHARE) {
        articles.add(syndicate(articles.get(rng.nextInt(articles.size())), id, rng));
      } else {
        articles.add(compose(SCENARIOS.get(rng.nextInt(SCENARIOS.size())), id, rng));
      }
    }
    List<String> good = new ArrayList<>(count);
    for (Article a : articles) {
      good.add(toJson(a));
    }
    if (!malformed) {
      return good;
    }
    List<String> bad = malformedLines(new Random(seed ^ 0x5DEECE66DL), count);
    List<String> all = new ArrayList<>(count + bad.size());
    int next = 0;
    for (int k = 0; k < bad.size(); k++) {
      // Spread the bad lines evenly; never before the first good line (the duplicate id refers to it).
      int position = Math.max(Math.min(1, count), (int) ((long) (k + 1) * count / (bad.size() + 1)));
      while (next < position) {
        all.add(good.get(next++));
      }
      all.add(bad.get(k));
    }
    while (next < count) {
      all.add(good.get(next++));
    }
    return all;
  }

  private static Article compose(Scenario s, String id, Random rng) {
    Outlet outlet = OUTLETS.get(rng.nextInt(OUTLETS.size()));
    ZonedDateTime published = pickTime(s, outlet, rng);
    String title = pick(s.headlines(), rng);
    String text = composeText(s, rng);
    return new Article(id, published, title, text, s.section(), SLUGS.computeIfAbsent(title,
        SampleCorpusGenerator::slugOf), outlet);
  }

  /** {@code ng-000123}: the prefix and the number zero-padded to six digits (more when needed). */
  static String articleId(int n) {
    String digits = Integer.toString(n);
    StringBuilder sb = new StringBuilder(9).append("ng-");
    for (int pad = digits.length(); pad < 6; pad++) {
      sb.append('0');
    }
    return sb.append(digits).toString();
  }

  private static Article syndicate(Article original, String id, Random rng) {
    Outlet outlet;
    do {
      outlet = OUTLETS.get(rng.nextInt(OUTLETS.size()));
    } while (outlet.equals(original.outlet()));
    ZonedDateTime published = original.published()
        .plusMinutes(15L * (1 + rng.nextInt(16)))
        .withZoneSameInstant(outlet.zone());
    return new Article(id, published, original.title(), original.text(), original.section(),
        original.slug(), outlet);
  }

  /** A local date inside the window and a daytime local clock time in the outlet's zone. */
  private static ZonedDateTime pickTime(Scenario s, Outlet outlet, Random rng) {
    long days = ChronoUnit.DAYS.between(s.from(), s.to());
    LocalDate date = s.from().plusDays(days == 0 ? 0 : rng.nextInt((int) days + 1));
    int minuteOfDay = 6 * 60 + 5 * rng.nextInt(16 * 12); // 06:00 .. 21:55
    LocalDateTime local = date.atStartOfDay().plusMinutes(minuteOfDay);
    return local.atZone(outlet.zone());
  }

  private static String composeText(Scenario s, Random rng) {
    List<String> sentences = new ArrayList<>(MAX_SENTENCES);
    sentences.add(pick(s.leads(), rng));
    List<String> pool = new ArrayList<>(s.body());
    Collections.shuffle(pool, rng);
    List<String> extras = new ArrayList<>();
    boolean news = NEWS_SECTIONS.contains(s.section());
    if (rng.nextInt(3) == 0 && news) {
      extras.add(pick(GENERIC_REACTIONS, rng));
    }
    if (rng.nextInt(4) == 0 && news) {
      extras.add(pick(GENERIC_BACKGROUND, rng));
    }
    String closing = rng.nextInt(6) == 0 ? pick(GENERIC_CLOSINGS, rng) : pick(s.closings(), rng);
    int wanted = 2 + rng.nextInt(5); // 2..6 body sentences
    List<String> body = new ArrayList<>();
    int taken = 0;
    while (body.size() < wanted && taken < pool.size()) {
      body.add(pool.get(taken++));
    }
    for (String extra : extras) {
      if (body.size() < 6) {
        body.add(1 + rng.nextInt(body.size()), extra); // never ahead of the first scenario sentence
      }
    }
    // Keep the text inside the length bounds: drop body sentences when long, add when short.
    while (length(sentences, body, closing) > MAX_TEXT_CHARS && body.size() > 2) {
      body.remove(body.size() - 1);
    }
    while (length(sentences, body, closing) < MIN_TEXT_CHARS && body.size() < MAX_SENTENCES - 2) {
      if (taken < pool.size()) {
        body.add(pool.get(taken++));
      } else {
        body.add(GENERIC_BACKGROUND.get(body.size() % GENERIC_BACKGROUND.size()));
      }
    }
    sentences.addAll(body);
    sentences.add(closing);

    StringBuilder text = new StringBuilder(1600);
    boolean paragraphs = rng.nextInt(5) < 3;
    for (int i = 0; i < sentences.size(); i++) {
      if (i > 0) {
        boolean breakHere = paragraphs && (i == 1 || rng.nextInt(3) == 0);
        text.append(breakHere ? "\n\n" : " ");
      }
      text.append(sentences.get(i));
    }
    return text.toString();
  }

  private static int length(List<String> head, List<String> body, String closing) {
    int n = closing.length();
    for (String s : head) {
      n += s.length() + 1;
    }
    for (String s : body) {
      n += s.length() + 1;
    }
    return n;
  }

  private static <T> T pick(List<T> list, Random rng) {
    return list.get(rng.nextInt(list.size()));
  }

  /** A URL path slug from a headline: lower case ASCII words joined by hyphens, at most eight. */
  static String slugOf(String title) {
    String ascii = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(java.util.Locale.ROOT)
        .replace("'s ", " ")
        .replaceAll("[^a-z0-9]+", " ")
        .trim();
    String[] words = ascii.split(" ");
    StringBuilder slug = new StringBuilder();
    for (int i = 0; i < words.length && i < 8; i++) {
      if (i > 0) {
        slug.append('-');
      }
      slug.append(words[i]);
    }
    return slug.toString();
  }

  private static String urlOf(Outlet outlet, String section, ZonedDateTime published, String slug) {
    return "https://" + outlet.host() + "/" + section + "/" + URL_DATE.format(published) + "/" + slug;
  }

  private static String toJson(Article a) {
    return new JsonObject()
        .field("id", a.id())
        .field("published", PUBLISHED.format(a.published()))
        .field("title", a.title())
        .field("text", a.text())
        .field("url", urlOf(a.outlet(), a.section(), a.published(), a.slug()))
        .field("source", a.outlet().name())
        .toString();
  }

  /**
   * The deliberately broken or unusual lines, in the order they are spread through the file. The
   * README next to the bundled sample lists what the ingest job should make of each one.
   */
  private static List<String> malformedLines(Random rng, int count) {
    List<String> lines = new ArrayList<>(MALFORMED_LINE_COUNT);
    // 1. Truncated JSON: the writer died mid-record.
    lines.add("{\"id\": \"ng-bad-1\", \"text\": \"Putin said");
    // 2. Not JSON at all: an error page captured by the crawler instead of the article.
    lines.add("<html><head><title>502 Bad Gateway</title></head><body>upstream timed out</body></html>");
    // 3-6. Records without usable text.
    Article a = compose(pick(SCENARIOS, rng), "ng-bad-3", rng);
    lines.add(articleJsonWithText(a, ""));
    Article b = compose(pick(SCENARIOS, rng), "ng-bad-4", rng);
    lines.add(articleJsonWithText(b, " \n\t  \n"));
    Article c = compose(pick(SCENARIOS, rng), "ng-bad-5", rng);
    lines.add(new JsonObject()
        .field("id", c.id())
        .field("published", PUBLISHED.format(c.published()))
        .field("title", c.title())
        .field("url", urlOf(c.outlet(), c.section(), c.published(), c.slug()))
        .field("source", c.outlet().name())
        .toString());
    Article d = compose(pick(SCENARIOS, rng), "ng-bad-6", rng);
    lines.add(new JsonObject()
        .field("id", d.id())
        .field("published", PUBLISHED.format(d.published()))
        .field("title", d.title())
        .nullField("text")
        .field("url", urlOf(d.outlet(), d.section(), d.published(), d.slug()))
        .field("source", d.outlet().name())
        .toString());
    // 7. A second record under the id of the first good article, with different text.
    lines.add(toJson(compose(pick(SCENARIOS, rng), "ng-000001", rng)));
    // 8. A valid article whose date cannot be parsed; its URL carries no date either.
    Article e = compose(pick(SCENARIOS, rng), "ng-nodate-1", rng);
    lines.add(new JsonObject()
        .field("id", e.id())
        .field("published", "sometime last week")
        .field("title", e.title())
        .field("text", e.text())
        .field("url", "https://" + e.outlet().host() + "/" + e.section() + "/" + e.slug())
        .field("source", e.outlet().name())
        .toString());
    // 9. A valid article without an id; the ingest job derives one.
    Article f = compose(pick(SCENARIOS, rng), null, rng);
    lines.add(new JsonObject()
        .field("published", PUBLISHED.format(f.published()))
        .field("title", f.title())
        .field("text", f.text())
        .field("url", urlOf(f.outlet(), f.section(), f.published(), f.slug()))
        .field("source", f.outlet().name())
        .toString());
    // 10. A valid article without a published field; the date comes from its URL.
    Article g = compose(pick(SCENARIOS, rng), "ng-urldate-1", rng);
    lines.add(new JsonObject()
        .field("id", g.id())
        .field("title", g.title())
        .field("text", g.text())
        .field("url", urlOf(g.outlet(), g.section(), g.published(), g.slug()))
        .field("source", g.outlet().name())
        .toString());
    if (lines.size() != MALFORMED_LINE_COUNT) {
      throw new IllegalStateException("MALFORMED_LINE_COUNT is out of date");
    }
    return lines;
  }

  private static String articleJsonWithText(Article a, String text) {
    return new JsonObject()
        .field("id", a.id())
        .field("published", PUBLISHED.format(a.published()))
        .field("title", a.title())
        .field("text", text)
        .field("url", urlOf(a.outlet(), a.section(), a.published(), a.slug()))
        .field("source", a.outlet().name())
        .toString();
  }

  /** A minimal JSON object writer: string fields in insertion order, {@code ", "} separators. */
  static final class JsonObject {
    private final StringBuilder sb = new StringBuilder(2048).append('{');
    private boolean first = true;

    JsonObject field(String name, String value) {
      key(name);
      appendString(sb, value);
      return this;
    }

    JsonObject nullField(String name) {
      key(name);
      sb.append("null");
      return this;
    }

    private void key(String name) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      appendString(sb, name);
      sb.append(": ");
    }

    @Override
    public String toString() {
      return sb + "}";
    }
  }

  /** Appends {@code value} as a JSON string literal (RFC 8259), leaving non-ASCII letters as they are. */
  public static void appendString(StringBuilder sb, String value) {
    sb.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  static String jsonString(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 2);
    appendString(sb, value);
    return sb.toString();
  }

  /**
   * Parses the scenario library (scenarios.txt). Each scenario starts with
   * {@code @ slug | section | from | to} (ISO dates, inclusive, in which every sentence of the
   * scenario is true), followed by lines tagged {@code H} (headline), {@code L} (lead, names the main
   * people in full), {@code B} (body, may use short forms of people named in every lead) and
   * {@code C} (closing). Lines starting with {@code #} are comments.
   */
  static List<Scenario> parseLibrary(String... blocks) {
    List<Scenario> scenarios = new ArrayList<>();
    String[] head = null;
    List<String> h = null;
    List<String> l = null;
    List<String> b = null;
    List<String> c = null;
    for (String block : blocks) {
      for (String raw : block.split("\n")) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("@ ")) {
          if (head != null) {
            scenarios.add(scenario(head, h, l, b, c));
          }
          head = line.substring(2).split("\\s*\\|\\s*");
          h = new ArrayList<>();
          l = new ArrayList<>();
          b = new ArrayList<>();
          c = new ArrayList<>();
          continue;
        }
        if (head == null || line.length() < 3 || line.charAt(1) != ' ') {
          throw new IllegalStateException("bad scenario line: " + line);
        }
        String sentence = line.substring(2).strip();
        switch (line.charAt(0)) {
          case 'H' -> h.add(sentence);
          case 'L' -> l.add(sentence);
          case 'B' -> b.add(sentence);
          case 'C' -> c.add(sentence);
          default -> throw new IllegalStateException("bad scenario line tag: " + line);
        }
      }
    }
    if (head != null) {
      scenarios.add(scenario(head, h, l, b, c));
    }
    return List.copyOf(scenarios);
  }

  private static Scenario scenario(String[] head, List<String> h, List<String> l, List<String> b,
      List<String> c) {
    if (head.length != 4) {
      throw new IllegalStateException("scenario header needs slug | section | from | to: "
          + String.join("|", head));
    }
    Scenario s = new Scenario(head[0], head[1], LocalDate.parse(head[2]), LocalDate.parse(head[3]),
        List.copyOf(h), List.copyOf(l), List.copyOf(b), List.copyOf(c));
    if (s.from().isAfter(s.to()) || h.isEmpty() || l.isEmpty() || b.size() < 5 || c.isEmpty()) {
      throw new IllegalStateException("incomplete scenario " + s.slug()
          + " (needs from <= to, a headline, a lead, five body sentences and a closing)");
    }
    return s;
  }

  /**
   * A text resource beside this class (bench/src/main/resources/org/newsgraph/sample/): the scenario
   * library and the generic sentences, written for this project. Read as UTF-8.
   */
  static String resource(String name) {
    try (java.io.InputStream in = SampleCorpusGenerator.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/newsgraph/sample/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Lines {@code T sentence} by tag, in file order; {@code #} comments and blank lines skipped. */
  static java.util.Map<Character, List<String>> taggedLines(String text, String tags) {
    java.util.Map<Character, List<String>> byTag = new java.util.HashMap<>();
    for (char t : tags.toCharArray()) {
      byTag.put(t, new ArrayList<>());
    }
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> list = byTag.get(line.charAt(0));
      if (list == null || line.length() < 3 || line.charAt(1) != ' ') {
        throw new IllegalStateException("bad line (want one of the tags " + tags + "): " + line);
      }
      list.add(line.substring(2).strip());
    }
    byTag.replaceAll((t, list) -> List.copyOf(list));
    return byTag;
  }
}
