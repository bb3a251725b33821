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
 * source. The same {@code count} and {@code seed} always give byte-identical output.
 *
 * <p>With malformed lines enabled, {@link #MALFORMED_LINE_COUNT} extra lines are mixed in among the
 * {@code count} good ones. They are drawn from a separate random stream, so the good lines are the
 * same, in the same order, whether or not the malformed lines are included.
 *
 * <pre>
 * java -cp target/classes org.newsgraph.sample.SampleCorpusGenerator \
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

  /** Generic sentences that fit any story; they name no leader, country or place. */
  static final List<String> GENERIC_REACTIONS = List.of(
      "Officials did not immediately respond to requests for further comment.",
      "Analysts cautioned that the full consequences would take weeks, perhaps months, to become clear.",
      "Diplomats familiar with the discussions said further meetings were likely in the coming weeks, although no dates had been set.",
      "Opposition politicians accused the government of failing to explain its position and demanded a full debate in parliament.",
      "Reaction on social media was sharply divided, with some users praising the decision and others calling it reckless.",
      "Independent experts said several of the official figures could not yet be verified.",
      "A spokesperson for the foreign ministry said the government would study the statements carefully before responding in detail.",
      "Human rights groups urged all sides to protect civilians and to allow journalists to work freely.");

  static final List<String> GENERIC_BACKGROUND = List.of(
      "The story has dominated front pages and evening news bulletins for much of the week.",
      "Financial markets reacted cautiously, with investors watching for any sign that the situation could escalate.",
      "Correspondents described the mood in the capital as tense but calm, with little visible change on the streets.",
      "The developments come at a delicate moment for a government already struggling with rising prices and weak growth.",
      "Similar disputes in the past have taken years to resolve, and few observers expect a quick settlement this time.");

  static final List<String> GENERIC_CLOSINGS = List.of(
      "This story has been updated with additional reporting.",
      "Further details were expected later in the day.",
      "Our correspondents will continue to follow the story as it develops.");

  /** One real event: a date window in which every sentence is true, and its sentence pools. */
  record Scenario(String slug, String section, LocalDate from, LocalDate to,
      List<String> headlines, List<String> leads, List<String> body, List<String> closings) {}

  /** One good article, kept so syndicated copies can repeat it. */
  private record Article(String id, ZonedDateTime published, String title, String text,
      String section, String slug, Outlet outlet) {}

  static final List<Scenario> SCENARIOS = parseLibrary(Library.BLOCKS);

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
   * Parses the scenario library. Each scenario starts with {@code @ slug | section | from | to}
   * (ISO dates, inclusive, in which every sentence of the scenario is true), followed by lines
   * tagged {@code H} (headline), {@code L} (lead, names the main people in full), {@code B} (body,
   * may use short forms of people named in every lead) and {@code C} (closing). Lines starting with
   * {@code #} are comments.
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
   * The scenario library, in blocks of a few scenarios each (a Java string constant is limited to
   * 64 KB). Every fact was checked against the dates of the window: who held which office, where a
   * summit was held, what had already happened by the first day of the window.
   */
  private static final class Library {
    static final String[] BLOCKS = {
      """
      @ brexit-deal-defeat | politics | 2019-01-17 | 2019-03-10
      H May vows to seek changes to Brexit deal after record Commons defeat
      H Theresa May returns to Brussels as Brexit deadline looms
      H EU leaders refuse to reopen withdrawal agreement despite May's appeal
      L Theresa May, the British prime minister, has been trying to rescue her Brexit deal after lawmakers rejected it by 230 votes in January, the heaviest defeat for a government in modern parliamentary history.
      L Prime Minister Theresa May is pressing European Union leaders for changes to the Irish backstop, the insurance clause that critics in her own Conservative Party say could tie Britain to EU customs rules indefinitely.
      B The European Commission president, Jean-Claude Juncker, said the withdrawal agreement negotiated over two years would not be reopened, although the EU was willing to add clarifications to the accompanying political declaration.
      B Donald Tusk, who chairs the meetings of EU leaders, said Brussels had shown flexibility and that it was now up to London to say what it wanted.
      B Michel Barnier, the EU's chief negotiator, warned that the risk of a disorderly no-deal departure on March 29 had never been higher.
      B In Dublin, the Irish prime minister, Leo Varadkar, repeated that the backstop was needed to keep the border between Northern Ireland and the Republic of Ireland open.
      B Mrs. May survived a vote of no confidence in her government the day after the defeat, but her authority over the Conservative Party has continued to weaken.
      B Business groups in London and in Frankfurt have urged both sides to avoid a cliff edge that could disrupt supply chains, ports and financial services.
      B Downing Street insisted that the prime minister's goal remained an orderly exit and that a renegotiated deal could still pass the House of Commons.
      B Several British ministers have said privately that they would resign rather than accept a no-deal Brexit.
      C A further round of votes in the Commons is expected before the March deadline.
      C Whether May can win over the hardline Brexit supporters in her party remains the central question at Westminster.

      @ venezuela-guaido | world | 2019-02-08 | 2019-02-20
      H Venezuela's Guaidó declares himself interim president as Washington backs him
      H Maduro breaks ties with the United States after Trump recognises opposition leader
      H Latin American governments line up behind Guaidó as Maduro digs in
      L Juan Guaidó, the head of Venezuela's National Assembly, has declared himself interim president, and President Donald Trump quickly recognised him, deepening the challenge to Nicolás Maduro.
      L The standoff in Caracas has sharpened since Juan Guaidó, a 35-year-old lawmaker, swore himself in as interim president and won recognition from the United States, while Nicolás Maduro kept the backing of the armed forces.
      B Maduro announced that Venezuela was breaking diplomatic relations with the United States and accused Washington of orchestrating a coup.
      B The Trump administration imposed sanctions on the state oil company PDVSA, cutting off one of the main sources of hard currency for the government in Caracas.
      B Brazil's president, Jair Bolsonaro, and Colombia's president, Iván Duque, were among the regional leaders who recognised Guaidó.
      B Russia and China, both major creditors of Venezuela, said they continued to regard Maduro as the legitimate president and warned against foreign interference.
      B Humanitarian aid collected near the Colombian border city of Cúcuta has become a focus of the confrontation, as the government in Caracas refused to let it in.
      B Millions of Venezuelans have left the country in recent years to escape hyperinflation and shortages of food and medicine.
      B Most European Union governments recognised Guaidó after Maduro ignored their deadline to call a new presidential election.
      C The military's top commanders have so far stayed loyal to Maduro, and analysts say their position will decide the outcome.
      C Guaidó has called for further nationwide demonstrations in the coming days.

      @ trump-kim-hanoi | world | 2019-02-28 | 2019-03-08
      H Trump and Kim summit in Hanoi ends without a deal
      H No agreement in Vietnam as Trump walks away from Kim Jong Un talks
      H Hanoi summit collapses over sanctions relief, raising doubts over diplomacy with Pyongyang
      L A second summit between President Donald Trump and the North Korean leader, Kim Jong Un, ended abruptly in Hanoi without any agreement, after the two sides failed to bridge differences over sanctions.
      L Donald Trump and Kim Jong-un left the Vietnamese capital without signing a joint statement, as their second meeting broke down over how far North Korea would go in dismantling its nuclear programme.
      B Trump told reporters that Pyongyang had wanted all sanctions lifted in exchange for closing only part of its nuclear facilities, adding that "sometimes you have to walk".
      B North Korea's foreign minister, Ri Yong-ho, gave a rare late-night news conference in which he said Pyongyang had asked only for partial relief from United Nations sanctions.
      B At the centre of the talks was the Yongbyon nuclear complex, which Kim had offered to dismantle, and the question of other, undeclared enrichment sites.
      B Kim travelled to Vietnam by armoured train through China, a journey of more than two days that was followed closely by state media in Pyongyang.
      B South Korea's president, Moon Jae-in, who has invested heavily in engagement with the North, said he regretted the outcome but would keep working for a settlement.
      B Secretary of State Mike Pompeo said he hoped negotiations would resume soon and that the talks had made real progress despite the lack of a deal.
      B The first meeting of the two leaders, in Singapore in June 2018, produced a vague commitment to work toward the denuclearisation of the Korean Peninsula.
      B Officials in Beijing, North Korea's main trading partner, urged both sides to keep the channels of dialogue open.
      C No date has been set for another meeting between the American president and the North Korean leader.
      C Analysts in Seoul said the collapse left Moon's peace agenda in a difficult position.

      @ india-pakistan-balakot | world | 2019-02-28 | 2019-03-08
      H Pakistan releases captured Indian pilot as tensions ease
      H India and Pakistan pull back from the brink after air clashes over Kashmir
      H Imran Khan calls for talks with Modi after aerial dogfight
      L Pakistan's prime minister, Imran Khan, has handed back an Indian pilot shot down over Kashmir in what he called a gesture of peace, after the most serious confrontation between the nuclear-armed neighbours in decades.
      L Tensions between India and Pakistan have eased slightly after days of air strikes and a dogfight over Kashmir, though Prime Minister Narendra Modi's government has said it will not let attacks on its forces go unanswered.
      B The crisis began after a suicide car bombing in Pulwama, in Indian-administered Kashmir, killed 40 Indian paramilitary police; the Jaish-e-Mohammed militant group said it carried out the attack.
      B Indian warplanes then struck what New Delhi described as a militant training camp near Balakot, inside Pakistan, the first such raid across the border since 1971.
      B A day later, Pakistani and Indian jets clashed over the Line of Control, and an Indian MiG-21 was shot down; its pilot, Wing Commander Abhinandan Varthaman, was captured.
      B The pilot walked back into India at the Wagah border crossing, where crowds had gathered waving Indian flags.
      B Islamabad closed its airspace to commercial flights, disrupting routes between Europe and Southeast Asia.
      B Washington, Beijing and several Gulf states urged restraint, and officials in Riyadh and Abu Dhabi were reported to have passed messages between the two capitals.
      B Narendra Modi, who faces a general election within weeks, told a rally that India had shown it would respond firmly to terrorism.
      B Imran Khan said in a televised address that neither country could afford a miscalculation given the weapons both sides possessed.
      C Shelling along the Line of Control has continued sporadically, and residents of border villages have moved to shelters.
      C Diplomats said the next steps depended on whether Pakistan acted against militant groups on its soil.

      @ kim-putin-vladivostok | world | 2019-04-25 | 2019-05-03
      H Kim Jong Un and Putin hold first summit in Vladivostok
      H Putin says Kim needs security guarantees after talks on Russky Island
      H North Korean leader arrives in Russia by armoured train for talks with Putin
      L Kim Jong Un held his first summit with Vladimir Putin on Russky Island in Vladivostok, seeking support from Moscow two months after his talks with Donald Trump in Hanoi broke down.
      L The Russian president, Vladimir Putin, and the North Korean leader, Kim Jong-un, met for the first time in Vladivostok, in Russia's Far East, for talks focused on the nuclear standoff on the Korean Peninsula.
      B Kim arrived on his armoured green train and was greeted with a brass band and bread and salt, the traditional Russian welcome.
      B After the talks, Putin told reporters that Pyongyang would need international guarantees of its security before it would give up its nuclear weapons.
      B Putin said he would brief both Washington and Beijing on the content of the talks.
      B North Korean state media said Kim had told Putin that peace on the peninsula depended entirely on the attitude of the United States.
      B Russia has called for a gradual easing of sanctions on North Korea in return for steps toward disarmament, a position close to that of China.
      B Thousands of North Korean workers in Russia were required to return home by the end of the year under United Nations sanctions.
      B Putin left Vladivostok for Beijing to attend a forum on China's Belt and Road Initiative.
      C The meeting produced no joint statement, and no agreements were signed.
      C Kim's visit was his first trip to Russia since taking power in 2011.

      @ us-china-tariffs-2019 | business | 2019-05-14 | 2019-10-31
      H Trade war deepens as Washington and Beijing trade new tariffs
      H Xi and Trump trade blows over tariffs as factories feel the strain
      H Huawei blacklisting adds to US-China trade tensions
      L The trade war between the United States and China has escalated since President Donald Trump raised tariffs on 200 billion dollars of Chinese goods to 25 percent, and President Xi Jinping's government retaliated with duties of its own.
      L President Xi Jinping has told Chinese officials to prepare for a long struggle, as the tariff dispute with President Donald Trump's administration shows no sign of ending.
      B China's vice premier, Liu He, who leads Beijing's negotiating team, said any agreement must respect China's sovereignty and dignity.
      B Robert Lighthizer, the United States trade representative, has accused Beijing of backtracking on commitments made during earlier rounds of talks.
      B The Commerce Department added the telecoms giant Huawei to a trade blacklist, making it harder for American companies to supply the firm with chips and software.
      B Soybean farmers in the American Midwest have been hit hard, as China, once their biggest buyer, has turned to suppliers in Brazil.
      B Economists at the International Monetary Fund have warned that the dispute is weighing on global growth and investment.
      B Mr. Xi has avoided direct comment on Trump, but state media in Beijing have published a stream of combative editorials about American bullying.
      B Trump said on Twitter that China was paying for the tariffs, although most studies have found that the cost falls largely on American importers and consumers.
      B Premier Li Keqiang said China would keep opening its markets and would not resort to a large devaluation of the yuan to offset the tariffs.
      C Negotiators from both sides are expected to meet again, though officials in Washington have lowered expectations of a quick deal.
      C Manufacturers in southern China said orders from American customers had fallen sharply.

      @ hong-kong-extradition-protests | world | 2019-06-17 | 2019-09-03
      H Hong Kong protesters return to the streets over extradition bill
      H Carrie Lam apologises but refuses to withdraw extradition bill
      H Beijing warns Hong Kong protesters as demonstrations enter another month
      L Hong Kong's chief executive, Carrie Lam, has suspended a bill that would allow extraditions to mainland China, but protesters are demanding that it be withdrawn completely and that she step down.
      L Hundreds of thousands of people have marched through Hong Kong against legislation that would allow suspects to be sent for trial in mainland China, in the largest challenge to Beijing's authority over the city since 1997.
      B Carrie Lam has apologised for the way the government handled the bill but has refused to withdraw it formally.
      B Organisers estimated that about two million people took part in one of the marches in June, a figure the police disputed.
      B Officials in Beijing have backed the Hong Kong government and blamed foreign forces for stirring up unrest.
      B Protesters have also called for an independent inquiry into the police's use of tear gas and rubber bullets.
      B Protesters have also staged sit-ins outside government buildings and police headquarters.
      B President Xi Jinping has not commented directly on the protests, but Chinese state media have warned that Beijing's patience has limits.
      B Many of the demonstrators are students, who say they fear the erosion of the freedoms promised when Britain handed the territory back to China.
      B Business groups have warned that the prolonged unrest is damaging tourism and retail in the financial hub.
      C Organisers have applied for permission to hold another march this weekend.
      C There is no sign yet of a compromise between the government and the protest movement.

      @ g7-biarritz | world | 2019-08-26 | 2019-08-31
      H G7 leaders end Biarritz summit with pledge on Amazon fires
      H Macron's surprise invitation to Iran's foreign minister upstages G7
      H Trump, Johnson and Merkel clash and compromise at G7 in France
      L Leaders of the Group of Seven ended their summit in Biarritz, hosted by President Emmanuel Macron of France, with a short statement, promises of help against wildfires in the Amazon and talk of a possible meeting between Donald Trump and Iran's leaders.
      L Emmanuel Macron used the G7 summit in the French resort of Biarritz to try to lower tensions between Donald Trump's administration and Iran, inviting the Iranian foreign minister, Mohammad Javad Zarif, for talks on the sidelines.
      B The G7 pledged 20 million dollars to help Amazon countries fight the fires, but Brazil's president, Jair Bolsonaro, at first rejected the offer and accused Macron of treating Brazil like a colony.
      B It was the first G7 summit for Boris Johnson, who became British prime minister in July and used the meeting to promise Trump a quick trade deal after Brexit.
      B Macron said the leaders agreed that Iran must never be allowed to acquire a nuclear weapon.
      B German Chancellor Angela Merkel supported Macron's effort to keep the 2015 nuclear agreement with Iran alive after Washington's withdrawal from it.
      B Japan's prime minister, Shinzo Abe, and Trump announced that they had agreed in principle on a limited trade deal.
      B Canada's prime minister, Justin Trudeau, joined the other leaders in sessions on the world economy, climate and the oceans.
      B Trump said he would be willing to meet President Hassan Rouhani of Iran if the circumstances were right.
      B Macron had dropped the usual long final communique in favour of a one-page declaration to avoid an open disagreement with Washington.
      C The next G7 summit is due to be held in the United States next year.
      C Protesters were kept several kilometres away from the summit venue by a large police operation.
      """,
      """
      @ australia-bushfires | world | 2020-01-07 | 2020-01-20
      H Morrison under pressure as Australia's bushfires burn on
      H Australia calls up reservists as fires tear through New South Wales and Victoria
      H Scott Morrison announces recovery fund after weeks of bushfire criticism
      L Australia's prime minister, Scott Morrison, has promised two billion Australian dollars for a national recovery fund as bushfires that have burned millions of hectares continue across New South Wales and Victoria.
      L Scott Morrison, the Australian prime minister, has faced mounting anger over his handling of the bushfire crisis, including a family holiday in Hawaii in December that he cut short after public criticism.
      B Thousands of army reservists have been called up to help with evacuations, clearing roads and supplying towns cut off by the fires.
      B Residents of the town of Cobargo heckled Morrison during a visit, and the footage was shown repeatedly on television around the world.
      B Smoke from the fires has drifted across the Tasman Sea to New Zealand, turning glaciers there a dusty brown.
      B Canberra has recorded some of the worst air quality of any city in the world during the crisis.
      B Scientists have said that a long drought and record temperatures made this fire season unusually severe.
      B Critics have accused Morrison's government of playing down the links between climate change and the fires and of defending the coal industry.
      B Firefighters from the United States, Canada and New Zealand have travelled to Australia to help exhausted local crews.
      B Hundreds of millions of animals are thought to have died, and ecologists fear some species may not recover.
      C Forecasters warned that hot and windy weather could bring further dangerous conditions in the coming days.
      C More crews and equipment are being sent to the worst-hit areas ahead of the next heatwave.

      @ brexit-day | politics | 2020-02-04 | 2020-02-10
      H Britain leaves the European Union after 47 years
      H Johnson promises a new dawn as the UK exits the EU
      H After Brexit day, London and Brussels set out rival positions on trade talks
      L The United Kingdom formally left the European Union at 11 pm London time on January 31, ending 47 years of membership, and Prime Minister Boris Johnson told the country it was the dawn of a new era.
      L Boris Johnson, the British prime minister, has set out a hard line for trade talks with the European Union after Britain left the bloc at the end of January.
      B Under the withdrawal agreement, Britain entered a transition period until the end of the year, during which it continues to follow EU rules but has no say in making them.
      B The European Commission president, Ursula von der Leyen, said the closer Britain stayed to EU rules, the better its access to the single market would be.
      B Michel Barnier, who will lead the EU side in the trade negotiations, said the bloc would not accept a deal that allowed unfair competition.
      B In a speech at Greenwich, Johnson said Britain did not need to accept EU rules on competition, subsidies or the environment in order to trade freely.
      B Crowds gathered in Parliament Square to celebrate, while in Scotland, where most voters had opposed Brexit, supporters of the EU held candlelit vigils.
      B Fishing rights are expected to be one of the most difficult issues, as France, the Netherlands and Belgium want continued access to British waters.
      B Charles Michel, the president of the European Council, said the EU would defend its interests with a united position.
      B Downing Street has said it will not seek any extension of the transition period beyond December.
      C Formal negotiations on the future relationship are expected to start next month.
      C Both sides have acknowledged that the timetable for a comprehensive deal is extremely tight.

      @ covid-pandemic-lockdowns | health | 2020-03-28 | 2020-04-04
      H Lockdowns spread around the world as coronavirus cases climb
      H WHO warns pandemic is accelerating as India orders nationwide lockdown
      H Trump signs 2 trillion dollar relief bill as virus spreads across the United States
      L Governments across the world are ordering people to stay at home as the new coronavirus spreads, weeks after the World Health Organization declared a global pandemic.
      L The coronavirus pandemic has brought much of the world to a standstill, with Italy, Spain, Britain and India among the countries under strict lockdowns and the United States recording a rapid rise in cases.
      B The head of the WHO, Tedros Adhanom Ghebreyesus, urged governments to test every suspected case and warned that the pandemic was accelerating.
      B Prime Minister Narendra Modi ordered India's 1.3 billion people to stay at home for three weeks, the largest lockdown of its kind.
      B Boris Johnson told Britons they could leave home only for essential reasons, such as buying food or seeking medical care.
      B Italy, the worst-hit country in Europe, has kept its nationwide lockdown in place, and Prime Minister Giuseppe Conte has called the crisis the country's hardest moment since the Second World War.
      B President Donald Trump signed a relief package worth about 2 trillion dollars, the largest in American history, including direct payments to households.
      B The Tokyo Olympics have been postponed until next year, after talks between Japan's prime minister, Shinzo Abe, and the International Olympic Committee.
      B Wuhan, the Chinese city where the outbreak was first detected in December, has begun to ease its lockdown after more than two months.
      B Hospitals in New York, now the centre of the outbreak in the United States, have warned that they could run out of ventilators within days.
      B Leaders of the Group of 20 held an emergency video summit and promised to do whatever it took to protect lives and the world economy.
      C Health officials warned that the number of infections was likely to be far higher than official figures showed.
      C Scientists around the world are racing to develop a vaccine, but experts say one is unlikely to be ready for at least a year.

      @ oil-price-below-zero | business | 2020-04-21 | 2020-05-08
      H US oil price falls below zero for the first time
      H OPEC+ cuts fail to steady oil market as storage fills up
      H Saudi Arabia and Russia under pressure as crude collapses
      L The price of American crude oil fell below zero for the first time, as the coronavirus pandemic destroyed demand and storage tanks filled up, despite a record production cut agreed by Saudi Arabia, Russia and other producers.
      L Oil markets remain in turmoil after the benchmark West Texas Intermediate contract for May delivery settled at minus 37 dollars a barrel, meaning sellers were paying buyers to take oil off their hands.
      B The OPEC+ group of producers, led by Saudi Arabia and Russia, agreed in April to cut output by 9.7 million barrels a day from May, the largest reduction ever.
      B The deal followed a price war in March, when Moscow refused to agree to deeper cuts and Riyadh responded by flooding the market with cheap oil.
      B President Donald Trump spoke several times with President Vladimir Putin and with Saudi leaders, including Crown Prince Mohammed bin Salman, to help broker the agreement.
      B Saudi Arabia's energy minister, Prince Abdulaziz bin Salman, said the kingdom was ready to take further measures with other producers if needed.
      B Russia's energy minister, Alexander Novak, said the market would balance as countries began to lift lockdowns.
      B American shale producers have begun shutting wells and cutting jobs, and several smaller companies are at risk of bankruptcy.
      B Demand for fuel has fallen by roughly a third worldwide, as airlines ground their fleets and factories close.
      B Tankers are being hired as floating storage, and traders say onshore tanks in Cushing, Oklahoma, are close to full.
      C Analysts said prices were likely to stay volatile until demand recovered.
      C Energy ministers from the OPEC+ group are due to review the market again in the coming weeks.

      @ abe-resigns | world | 2020-08-29 | 2020-09-13
      H Shinzo Abe to resign as Japan's prime minister over health
      H Race to succeed Abe begins with Suga as favourite
      H Japan's longest-serving prime minister steps down
      L Shinzo Abe, Japan's longest-serving prime minister, has announced that he will resign because of a recurrence of ulcerative colitis, the illness that cut short his first term in 2007.
      L The governing Liberal Democratic Party is preparing to choose a successor to Prime Minister Shinzo Abe, who said he could no longer carry out his duties because of his health.
      B Abe apologised to the public for leaving office before finishing his term and before meeting some of his goals, including revising Japan's pacifist constitution.
      B The chief cabinet secretary, Yoshihide Suga, is widely seen as the front-runner after winning the support of the party's largest factions.
      B Fumio Kishida, the party's policy chief, and Shigeru Ishiba, a former defence minister, are also running.
      B Abe will remain in office until the party's new leader is formally elected by parliament.
      B Abe's economic programme, known as Abenomics, combined monetary easing, public spending and structural reform, with mixed results.
      B The pandemic has hit Japan's economy hard and forced the postponement of the Tokyo Olympics until next year.
      B Leaders abroad, including President Donald Trump, have praised Abe's long tenure and wished him a quick recovery.
      C The party will hold its leadership vote in mid-September.
      C Whoever succeeds Abe will face an economy in recession and a general election within about a year.

      @ belarus-protests | world | 2020-08-28 | 2020-09-13
      H Protests continue in Minsk as Lukashenko refuses to step down
      H Putin offers Lukashenko support as Belarus crisis deepens
      H Tsikhanouskaya urges the EU to back new elections in Belarus
      L Tens of thousands of people have again marched in Minsk against Alexander Lukashenko, the Belarusian president who claimed a landslide victory in an August election that opponents and Western governments say was rigged.
      L Alexander Lukashenko, who has ruled Belarus since 1994, has refused to hold a new election despite weeks of protests, and has turned to Moscow for help.
      B Official results gave Lukashenko about 80 percent of the vote, a figure the opposition candidate Sviatlana Tsikhanouskaya said was falsified.
      B Sviatlana Tsikhanouskaya left for neighbouring Lithuania shortly after the vote and has called from Vilnius for a peaceful transfer of power.
      B Russia's president, Vladimir Putin, said he had set up a reserve of police officers ready to help Lukashenko if the situation got out of control.
      B European Union leaders have said they do not recognise the official results and are preparing sanctions against officials responsible for the crackdown.
      B Thousands of protesters were detained in the days after the election, and many described beatings in police custody.
      B Workers at several large state-owned factories have joined strikes, a rare challenge in a country where the state dominates the economy.
      B Lukashenko was filmed carrying a rifle near his residence in Minsk, a gesture his critics called a sign of desperation.
      C Opposition leaders have called for another large march this weekend.
      C Lukashenko is expected to travel to Russia for talks with Vladimir Putin soon.

      @ us-election-georgia-recount | politics | 2020-11-20 | 2020-12-13
      H Georgia certifies Biden win after hand recount
      H Trump keeps contesting the result as Georgia confirms Biden victory
      H Georgia Senate runoffs draw national attention after presidential recount
      L Georgia has certified Joe Biden as the winner of its presidential vote after a hand count of about five million paper ballots confirmed his lead of roughly 12,000 votes over President Donald Trump.
      L President Donald Trump has refused to concede the election to Joe Biden, even after officials in Georgia, a state that had not voted for a Democratic presidential candidate since 1992, confirmed Biden's narrow victory there.
      B Georgia's secretary of state, Brad Raffensperger, a Republican, defended the state's election officials and said there was no evidence of widespread fraud.
      B Governor Brian Kemp signed the certification but said he had concerns about the process, a statement that did not satisfy Trump.
      B Trump's campaign has filed lawsuits in several states, and most of them have been dismissed by judges.
      B Control of the Senate now depends on two runoff elections in Georgia on January 5, in which Raphael Warnock and Jon Ossoff are challenging the Republican senators Kelly Loeffler and David Perdue.
      B Election workers in Fulton County, which includes most of Atlanta, have received threats after false claims about the count spread online.
      B President-elect Biden has begun naming his cabinet and said the transition was going ahead regardless of the legal challenges.
      B Kamala Harris, the vice president-elect, will be the first woman to hold the office.
      B The White House has not commented on when the president might meet his successor.
      C Electors in every state are due to cast their votes on December 14.
      C Both parties are pouring money and volunteers into Georgia ahead of the runoffs.

      @ tigray-conflict | world | 2020-11-29 | 2020-12-31
      H Abiy declares victory in Tigray as fears grow for civilians
      H Ethiopian forces take Mekelle but Tigray leaders vow to fight on
      H Aid agencies seek access to Tigray after weeks of fighting
      L Ethiopia's prime minister, Abiy Ahmed, has declared the military operation in the northern Tigray region complete after federal forces took the regional capital, Mekelle.
      L Abiy Ahmed, who won the Nobel Peace Prize last year, has rejected calls for talks with the Tigray People's Liberation Front, which he accuses of attacking a federal army base in early November.
      B The TPLF dominated Ethiopia's politics for nearly three decades before Abiy came to power in 2018.
      B Tens of thousands of refugees have crossed into neighbouring Sudan, many of them telling aid workers of killings and looting.
      B Telephone and internet connections to Tigray have been cut for weeks, making it almost impossible to verify accounts of the fighting.
      B The TPLF leader, Debretsion Gebremichael, said his forces would keep fighting from the mountains.
      B There have been reports that troops from neighbouring Eritrea are involved in the fighting, which the governments in Addis Ababa and Asmara have denied.
      B The United Nations has called for unrestricted access to deliver food and medicine to millions of people in the region.
      B The African Union has offered to mediate, but Abiy's government has described the conflict as an internal law enforcement operation.
      C The government has said it will rebuild Mekelle and restore services soon.
      C Aid agencies say the humanitarian situation in Tigray is deteriorating quickly.

      @ solarwinds-hack | tech | 2020-12-20 | 2020-12-31
      H Russian hackers suspected in sweeping breach of US agencies
      H SolarWinds hack exposes Treasury and Commerce networks
      H Biden vows response to cyberattack as Trump plays down Russian role
      L A cyber espionage campaign that slipped malicious code into network software made by the Texas company SolarWinds has breached several US government agencies, and officials have pointed to Russian intelligence as the likely culprit.
      L President Donald Trump has played down the role of Russia in a huge hacking operation against US government agencies, contradicting his own secretary of state, Mike Pompeo, who said Moscow was pretty clearly behind it.
      B The attackers hid their code in an update of the company's Orion software, which was downloaded by as many as 18,000 customers.
      B The Treasury and Commerce departments were among the agencies whose email systems were accessed.
      B The breach came to light after the cybersecurity company FireEye discovered that its own systems had been compromised.
      B President Donald Trump suggested on Twitter that China might be responsible, an assertion that intelligence officials said was not supported by the evidence.
      B President-elect Joe Biden said his administration would impose substantial costs on those responsible.
      B The Kremlin has denied any involvement in the attack.
      B Security experts say it could take months to establish how deeply the intruders penetrated government and corporate networks.
      C Congressional committees have demanded briefings from the agencies affected.
      C Investigators are still working to identify every organisation that installed the compromised update.
      """,
      """
      @ biden-inauguration | politics | 2021-01-23 | 2021-01-31
      H Biden sworn in as 46th president, promising to unite a divided country
      H Biden moves quickly to reverse Trump policies after inauguration
      H Allies welcome Biden as Washington rejoins Paris climate agreement
      L Joe Biden was sworn in as the 46th president of the United States on the steps of the Capitol, two weeks after a mob of Donald Trump's supporters stormed the building, and promised to end what he called an uncivil war.
      L President Joe Biden has signed a series of executive orders reversing his predecessor's policies, returning the United States to the Paris climate agreement and halting its withdrawal from the World Health Organization.
      B Kamala Harris became the first woman, and the first Black and South Asian American, to serve as vice president.
      B Donald Trump left Washington for Florida on the morning of the inauguration, the first outgoing president in more than 150 years to skip his successor's swearing-in.
      B Tens of thousands of National Guard troops were deployed in the capital, and the National Mall was closed to the public.
      B Biden also revoked the permit for the Keystone XL oil pipeline and ended restrictions on travel from several mainly Muslim countries.
      B Canada's prime minister, Justin Trudeau, was the first foreign leader to speak to the new president by telephone.
      B European leaders, including German Chancellor Angela Merkel and President Emmanuel Macron of France, said they looked forward to working with the new administration.
      B Former vice president Mike Pence attended the ceremony, as did former presidents Barack Obama, George W. Bush and Bill Clinton.
      B The White House press secretary, Jen Psaki, said the president's first priority was to speed up coronavirus vaccinations.
      C The Senate is expected to begin confirming Biden's cabinet nominees in the coming days.
      C Biden's aides said he would soon send a large pandemic relief bill to Congress.

      @ myanmar-coup | world | 2021-02-20 | 2021-03-31
      H Myanmar's military cracks down on protests against coup
      H Aung San Suu Kyi faces new charges as Myanmar protests grow
      H Biden imposes sanctions on Myanmar generals
      L Security forces in Myanmar have used increasing force against protesters who have taken to the streets since the military seized power on February 1 and detained Aung San Suu Kyi, the country's elected leader.
      L The commander-in-chief of Myanmar's armed forces, Senior General Min Aung Hlaing, has defended the coup, saying the November election won by Aung San Suu Kyi's party was marred by fraud, a claim the electoral commission rejected.
      B President Win Myint was also detained in the early hours of the coup, and the military declared a state of emergency for one year.
      B Suu Kyi has been charged with illegally importing walkie-talkies and other offences, which her lawyers say are politically motivated.
      B Doctors, teachers and railway workers have joined a civil disobedience movement, leaving many government offices and hospitals short of staff.
      B President Joe Biden approved sanctions against military leaders and their businesses and called for the release of political prisoners.
      B Protesters in Yangon have adopted the three-finger salute from the Hunger Games films as a symbol of resistance.
      B China, Myanmar's largest neighbour, has called for stability and dialogue but has avoided condemning the generals.
      B Members of the Association of Southeast Asian Nations have urged restraint, though the group has a long tradition of not interfering in members' internal affairs.
      B The junta has cut internet access at night and blocked social media platforms.
      C The United Nations special envoy for Myanmar has warned of a bloodbath if the crackdown continues.
      C Protest leaders say they will keep marching until Suu Kyi is freed.

      @ vaccine-rollout-2021 | health | 2021-03-26 | 2021-05-31
      H Vaccine gap widens between rich and poor countries
      H EU under pressure as vaccine rollout lags behind Britain and the US
      H WHO chief calls vaccine inequality a moral failure
      L Rich countries are racing ahead with coronavirus vaccinations while many poorer nations have received only a handful of doses, the head of the World Health Organization, Tedros Adhanom Ghebreyesus, has warned.
      L The global coronavirus vaccination campaign is moving at very different speeds, with the United States and Britain well ahead of the European Union and most of the developing world.
      B President Joe Biden met his goal of 100 million shots in his first 100 days well ahead of schedule, and his administration says every adult will soon be eligible.
      B Britain's prime minister, Boris Johnson, has credited the decision to order vaccines early for the country's fast rollout.
      B The European Commission, led by Ursula von der Leyen, has been locked in a dispute with AstraZeneca over delayed deliveries.
      B Several European countries briefly paused the use of the AstraZeneca vaccine over reports of rare blood clots, before regulators said its benefits outweighed the risks.
      B India, home to the Serum Institute, the world's largest vaccine maker, has held back exports to meet demand at home, slowing the COVAX programme for poorer countries.
      B COVAX, the scheme backed by the WHO to share vaccines fairly, made its first delivery to Ghana in February.
      B German Chancellor Angela Merkel and President Emmanuel Macron of France have both faced criticism at home over the slow pace of vaccination.
      B Pfizer and BioNTech, Moderna and Johnson & Johnson have said they will sharply increase production in the coming months.
      C Health officials warn that the pandemic will not end anywhere until it is controlled everywhere.
      C A debate over waiving patent protections on vaccines is expected at the World Trade Organization.

      @ biden-putin-geneva | world | 2021-06-17 | 2021-06-28
      H Biden and Putin agree to return ambassadors after Geneva summit
      H Geneva talks between Biden and Putin end with modest steps
      H Putin calls Biden an experienced statesman after first summit
      L President Joe Biden and President Vladimir Putin agreed at their first summit, in Geneva, to return their ambassadors to each other's capitals and to start talks on arms control, but remained far apart on cyberattacks and human rights.
      L Vladimir Putin and Joe Biden met for about three hours in a lakeside villa in Geneva, in a summit that both sides described as businesslike but that produced few concrete results.
      B Biden said he had given Putin a list of 16 types of critical infrastructure that should be off-limits to cyberattacks.
      B Putin held a separate news conference, in which he described Biden as a very experienced statesman and said there had been no hostility.
      B Biden said there would be devastating consequences for Russia if the jailed opposition leader Alexei Navalny died in prison.
      B The two presidents issued a joint statement reaffirming that a nuclear war cannot be won and must never be fought.
      B The Russian foreign minister, Sergei Lavrov, and the US secretary of state, Antony Blinken, joined the first part of the talks.
      B Switzerland's president, Guy Parmelin, welcomed both leaders at the Villa La Grange.
      B Relations between Washington and Moscow had fallen to their lowest point in years after sanctions over election interference and the SolarWinds hack.
      C Officials said talks on strategic stability would start within months.
      C The Kremlin said it was cautiously optimistic about the results of the meeting.

      @ tokyo-olympics | sport | 2021-07-29 | 2021-08-08
      H Tokyo Olympics open in empty stadium after a year's delay
      H Suga under pressure as Covid cases rise during Tokyo Games
      H A Games without fans: Japan hosts pandemic Olympics
      L The Tokyo Olympics, postponed by a year because of the pandemic, are being held with almost no spectators, as Japan's capital remains under a state of emergency and Prime Minister Yoshihide Suga faces criticism over the decision to go ahead.
      L Yoshihide Suga, Japan's prime minister, has defended holding the Tokyo Games despite rising coronavirus infections in the capital and polls showing that many Japanese wanted them postponed again or cancelled.
      B The tennis player Naomi Osaka lit the Olympic cauldron at the end of an opening ceremony watched by fewer than a thousand officials and guests.
      B Emperor Naruhito formally declared the Games open.
      B Thomas Bach, the president of the International Olympic Committee, thanked the Japanese people for making the Games possible.
      B Athletes live in a tightly controlled bubble and are tested daily for the virus.
      B Tokyo has recorded its highest daily case numbers since the start of the pandemic, though officials say there is no evidence that the Games are to blame.
      B The governor of Tokyo, Yuriko Koike, urged residents to watch the events at home.
      B Suga's approval ratings have fallen sharply, and he faces a party leadership contest and a general election before the end of the year.
      C The Paralympics are due to follow in Tokyo later in the summer.
      C The cost of the delayed Games has risen far above the original budget.

      @ afghanistan-taliban-takeover | world | 2021-08-19 | 2021-08-25
      H Chaos at Kabul airport as Taliban take control of Afghanistan
      H Biden defends withdrawal as evacuation from Kabul continues
      H Taliban promise amnesty, but Afghans rush to leave
      L The Taliban have taken control of Afghanistan, entering Kabul after government forces collapsed and President Ashraf Ghani fled the country, and thousands of Afghans are trying to reach the airport in the hope of getting on a flight out.
      L President Joe Biden has defended his decision to withdraw American troops from Afghanistan, saying he stood squarely behind it, as the United States and its allies race to evacuate their citizens and Afghans who worked for them.
      B Ashraf Ghani is now in the United Arab Emirates, which said it had accepted him on humanitarian grounds.
      B Several people died when crowds rushed onto the runway and clung to a departing American military transport plane.
      B A Taliban spokesman, Zabihullah Mujahid, held the group's first news conference in Kabul, promising an amnesty for former government employees and saying women would be allowed to work within the limits of Islamic law.
      B The Taliban co-founder Abdul Ghani Baradar returned to Afghanistan from Qatar, where the group has had a political office for years.
      B Tens of thousands of people have been flown out of Kabul since the city fell, on American, British, German and other military aircraft.
      B British Prime Minister Boris Johnson said Western countries should judge the Taliban by their actions rather than their words.
      B Pakistan, which has long been accused of supporting the Taliban, said it wanted an inclusive political settlement.
      B Washington has set an August 31 deadline for withdrawing its remaining troops, and the Taliban have said they will not accept an extension.
      C Aid agencies warned that millions of Afghans faced hunger as the economy collapsed.
      C Many Afghans who worked with Western forces say they are in hiding.

      @ aukus-submarines | world | 2021-09-23 | 2021-09-30
      H France recalls ambassadors over Aukus submarine deal
      H Biden and Macron try to repair rift after submarine deal
      H Australia defends decision to drop French submarine contract
      L Australia, Britain and the United States have announced a security pact, known as Aukus, under which Australia will acquire nuclear-powered submarines, a decision that cancelled a French contract and provoked a rare crisis between Paris and its allies.
      L Prime Minister Scott Morrison of Australia, President Joe Biden and Prime Minister Boris Johnson unveiled the Aukus agreement in a joint video appearance, saying it would strengthen security in the Indo-Pacific.
      B France recalled its ambassadors from Washington and Canberra, a step without precedent between such close allies.
      B The French foreign minister, Jean-Yves Le Drian, called the decision a stab in the back and accused the allies of lying.
      B President Joe Biden and President Emmanuel Macron later spoke by telephone and agreed that the French ambassador would return to Washington.
      B The cancelled contract, for a fleet of conventionally powered submarines built by France's Naval Group, was worth tens of billions of dollars.
      B Beijing called the pact extremely irresponsible and warned of an arms race in the region.
      B New Zealand's prime minister, Jacinda Ardern, said the submarines would not be allowed in New Zealand waters under its nuclear-free policy.
      B Scott Morrison said the submarines would be nuclear-powered but would not carry nuclear weapons.
      C European Union officials said the affair showed the need for Europe to build its own defence capabilities.
      C Talks on the details of the submarine programme are expected to take about 18 months.

      @ german-election-2021 | politics | 2021-09-28 | 2021-10-20
      H Scholz's Social Democrats narrowly win German election
      H Germany heads for three-party coalition talks after Merkel era
      H Laschet under pressure after conservatives' worst result
      L Olaf Scholz's Social Democrats won the most votes in Germany's federal election, narrowly beating Armin Laschet's conservatives and putting Scholz in a strong position to succeed Angela Merkel as chancellor.
      L Germany is heading into coalition talks after an election in which Angela Merkel's conservative bloc fell to its worst result, and Olaf Scholz, the finance minister, claimed a mandate to lead the next government.
      B The Social Democrats won about 25.7 percent of the vote, against 24.1 percent for the Christian Democrats and their Bavarian sister party.
      B The Greens, led by Annalena Baerbock, and the business-friendly Free Democrats, led by Christian Lindner, are likely to decide who forms the next government.
      B Merkel, who did not stand again after 16 years in office, will remain chancellor in a caretaker role until a new government is sworn in.
      B Scholz has said he wants to form a so-called traffic light coalition, named after the parties' colours of red, green and yellow.
      B Leaders in Paris and Brussels are watching closely, as any delay in forming a government could slow decisions in the European Union.
      B Armin Laschet has faced calls from within his own party to step aside after the defeat.
      B Scholz, who served as finance minister in Merkel's government, campaigned as the candidate of continuity.
      C Negotiators said they hoped to agree on a coalition before Christmas.
      C The new Bundestag will hold its first session within 30 days of the election.

      @ cop26-glasgow-pact | climate | 2021-11-14 | 2021-11-25
      H COP26 ends with Glasgow climate pact and last-minute change on coal
      H India and China weaken coal language as Glasgow talks close
      H Sharma apologises as climate deal falls short of hopes
      L Nearly 200 countries agreed to the Glasgow Climate Pact at the end of the COP26 summit, after a last-minute intervention by India changed a commitment to phase out coal into a pledge to phase it down.
      L The COP26 climate conference in Glasgow closed with an agreement that its British president, Alok Sharma, said kept alive the goal of limiting warming to 1.5 degrees Celsius, although many developing countries said it did not go far enough.
      B Alok Sharma fought back tears as he apologised to delegates for the way the final changes to the text had been handled.
      B India's prime minister, Narendra Modi, used the summit to announce that his country would reach net-zero emissions by 2070.
      B The United States and China, the world's two largest emitters, surprised delegates with a joint declaration promising to cooperate more on climate action this decade.
      B The American climate envoy, John Kerry, and his Chinese counterparts had held dozens of meetings before the announcement.
      B President Joe Biden criticised Xi Jinping and Vladimir Putin for not attending the summit in person.
      B Boris Johnson, whose government hosted the conference, said the agreement sounded the death knell for coal power.
      B More than 100 countries signed a pledge to cut methane emissions, and others promised to end deforestation by 2030.
      B Small island states said the pact did not provide enough money to help them cope with rising seas and storms.
      C Countries have been asked to return next year with stronger targets for cutting emissions.
      C The next climate conference, COP27, will be held in Egypt.

      @ omicron-variant | health | 2021-11-30 | 2021-12-20
      H New Omicron variant prompts travel bans around the world
      H South Africa criticises travel bans after scientists identify Omicron
      H Booster campaigns speed up as Omicron spreads
      L Countries around the world have closed their borders to travellers from southern Africa after scientists in South Africa identified a heavily mutated coronavirus variant, named Omicron by the World Health Organization.
      L South Africa's president, Cyril Ramaphosa, has condemned travel bans imposed on his country after its scientists detected the Omicron variant, saying they punished South Africa for its openness.
      B The WHO classified Omicron as a variant of concern days after it was first reported, citing the large number of mutations in its spike protein.
      B President Joe Biden said the variant was a cause for concern but not for panic, and urged Americans to get booster shots.
      B Japan, led by Prime Minister Fumio Kishida, closed its borders to almost all foreign visitors.
      B Tedros Adhanom Ghebreyesus, the head of the WHO, warned that blanket travel bans would not stop the spread of the variant.
      B Scientists are studying whether existing vaccines protect against Omicron, and early data suggest that booster doses improve protection.
      B Cases linked to the variant have now been found in Europe, Asia, the Americas and Australia.
      B Pharmaceutical companies said they could adapt their vaccines within months if necessary.
      C Health officials said it would take several weeks to understand how severe the illness caused by Omicron is.
      C Governments in Europe are considering new restrictions ahead of the holiday season.

      @ iran-vienna-talks | world | 2021-12-01 | 2022-02-20
      H Iran nuclear talks resume in Vienna under Raisi government
      H Negotiators see slow progress on reviving Iran deal
      H Israel warns against sanctions relief as Vienna talks continue
      L Talks on reviving the 2015 nuclear agreement between Iran and world powers have resumed in Vienna, the first under the government of Iran's president, Ebrahim Raisi, who took office in August.
      L Negotiators in Vienna are trying to bring the United States and Iran back into compliance with the 2015 nuclear deal, which President Donald Trump abandoned in 2018, but Western diplomats say time is running out.
      B Iran's chief negotiator, Ali Bagheri Kani, has demanded that all sanctions imposed since 2018 be lifted and that Washington guarantee that no future administration will walk away again.
      B The American envoy, Robert Malley, is not in the room, and messages are passed through European diplomats.
      B Iran has enriched uranium up to 60 percent purity, a short step from the level needed for a weapon, although Tehran says its programme is peaceful.
      B The head of the International Atomic Energy Agency, Rafael Grossi, has complained that his inspectors have lost much of their access to Iranian sites.
      B Israel's prime minister, Naftali Bennett, has urged world powers not to ease sanctions on Iran and said Israel would not be bound by any agreement.
      B The final word on any deal rests with Iran's supreme leader, Ayatollah Ali Khamenei.
      B Russia and China, which are also parties to the agreement, have called on Washington to make the first move.
      B Britain, France and Germany said the window for an agreement was closing.
      C Delegations are expected to return to their capitals for consultations before the next round.
      C Oil traders are watching the talks closely, since a deal could bring more Iranian crude onto the market.
      """,
      """
      @ ukraine-invasion | world | 2022-03-10 | 2022-03-20
      H Russian forces shell Ukrainian cities as Zelensky appeals for help
      H West tightens sanctions on Moscow as war in Ukraine grinds on
      H Millions flee Ukraine as Putin's invasion grinds on
      L Russian forces have intensified their shelling of Ukrainian cities more than two weeks after President Vladimir Putin ordered the invasion of Ukraine, and President Volodymyr Zelensky has again appealed to Western leaders for more weapons.
      L Ukraine's president, Volodymyr Zelenskyy, has stayed in Kyiv as Russian troops try to encircle the capital, while more than two million people have fled the country, most of them to Poland.
      B Vladimir Putin has described the invasion as a special military operation and demanded that Ukraine accept neutrality and give up its ambitions to join NATO.
      B The United States, the European Union and Britain have frozen much of the Russian central bank's reserves and cut several Russian banks off from the SWIFT payment system.
      B President Joe Biden has banned imports of Russian oil and gas into the United States.
      B Germany's chancellor, Olaf Scholz, announced a special fund of 100 billion euros for the armed forces, calling the invasion a turning point for Europe.
      B NATO's secretary general, Jens Stoltenberg, said the alliance would not impose a no-fly zone over Ukraine because it could lead to a wider war with Russia.
      B The foreign ministers of Russia and Ukraine, Sergei Lavrov and Dmytro Kuleba, met in Antalya, Turkey, but made no progress toward a ceasefire.
      B A Russian strike on a maternity hospital in the besieged port city of Mariupol drew condemnation from around the world.
      B The United Nations General Assembly voted by 141 to 5 to demand that Russia withdraw its troops.
      B Zelensky, a former actor and comedian, has addressed several Western parliaments by video, each time asking for more air defence systems.
      B The Kremlin has restricted access to foreign social media and passed a law punishing what it calls false information about the army.
      C Negotiators from both countries have continued to hold talks by video, with little sign of a breakthrough.
      C Humanitarian corridors to evacuate civilians from besieged cities have repeatedly failed.

      @ french-election-2022 | politics | 2022-04-25 | 2022-05-06
      H Macron re-elected as French president, defeating Le Pen
      H Macron wins second term but far right scores its best result
      H European leaders relieved as Macron beats Le Pen
      L Emmanuel Macron has won a second term as president of France, defeating the far-right candidate Marine Le Pen by about 58.5 percent to 41.5 percent in the runoff.
      L President Emmanuel Macron became the first French leader in 20 years to win re-election, but Marine Le Pen's National Rally achieved the far right's strongest result in a presidential contest.
      B Macron told supporters on the Champ de Mars, at the foot of the Eiffel Tower, that he would be president for all the French.
      B Turnout was the lowest in a presidential runoff in more than 50 years.
      B The leaders of Germany, Spain and Portugal had urged French voters to back Macron in an unusual joint article published before the vote.
      B President Joe Biden, Prime Minister Boris Johnson of Britain and President Volodymyr Zelensky of Ukraine were among the first to congratulate Macron.
      B Le Pen conceded defeat but said her result was a victory for her movement and promised to fight on in the parliamentary elections in June.
      B The left-wing leader Jean-Luc Mélenchon, who narrowly missed the runoff, has called on voters to make him prime minister through the parliamentary vote.
      B Macron's campaign promised to raise the retirement age and to push for stronger European defence.
      C Macron is expected to name a new prime minister in the coming weeks.
      C The parliamentary elections in June will decide whether Macron keeps a majority.

      @ taiwan-pelosi-drills | world | 2022-08-11 | 2022-08-20
      H China ends large military drills around Taiwan after Pelosi visit
      H Tsai says Taiwan will not back down after Beijing's show of force
      H Beijing suspends climate cooperation with Washington over Pelosi trip
      L China has held its largest military exercises around Taiwan in decades, firing ballistic missiles into the surrounding waters in response to a visit to the island by Nancy Pelosi, the speaker of the US House of Representatives.
      L Taiwan's president, Tsai Ing-wen, said the island would not be intimidated after Beijing surrounded it with warships and aircraft following Nancy Pelosi's visit to Taipei.
      B Pelosi was the highest-ranking American official to visit Taiwan in 25 years, and she met Tsai and members of the island's legislature.
      B Some of the missiles flew over Taiwan, and several landed in Japan's exclusive economic zone; Japan's prime minister, Fumio Kishida, called the launches a serious problem for national security.
      B Beijing suspended talks with Washington on climate change and cancelled several military dialogues.
      B China's foreign minister, Wang Yi, accused the United States of violating China's sovereignty.
      B President Xi Jinping had warned President Joe Biden in a telephone call before the trip that those who play with fire will get burned.
      B The White House said the Chinese response was an overreaction and that American policy toward Taiwan had not changed.
      B Beijing also halted imports of some Taiwanese fruit and fish and imposed sanctions on Pelosi and her family.
      C Analysts in Taipei said the drills had rehearsed a possible blockade of the island.
      C Shipping companies and airlines said they would continue to monitor the situation in the Taiwan Strait.

      @ queen-elizabeth-death-truss | world | 2022-09-14 | 2022-09-18
      H Thousands queue to see Queen Elizabeth lying in state
      H World leaders gather in London for the Queen's funeral
      H Truss's first days as prime minister overshadowed by national mourning
      L Thousands of people are queuing through the night to file past the coffin of Queen Elizabeth II in Westminster Hall, ahead of a state funeral at Westminster Abbey on Monday attended by leaders from around the world.
      L Liz Truss, who was appointed prime minister by Queen Elizabeth II at Balmoral only two days before the monarch's death, has spent her first days in office leading the country through a period of national mourning.
      B The Queen died at Balmoral Castle in Scotland at the age of 96, after 70 years on the throne.
      B The Queen's eldest son was proclaimed King Charles III at St. James's Palace and has addressed Parliament as the new monarch.
      B President Joe Biden said he would attend the funeral and described the Queen as a woman of unmatched dignity.
      B In Canada, where the Queen was head of state, Prime Minister Justin Trudeau said she had been one of his favourite people in the world.
      B Australia's prime minister, Anthony Albanese, announced a national day of mourning.
      B India declared a day of state mourning, and flags flew at half-mast on government buildings in New Delhi.
      B Liz Truss announced on the day of the Queen's death a plan to cap household energy bills, which will cost the government tens of billions of pounds.
      B Parliament has suspended most of its business during the mourning period.
      C The funeral will be followed by a committal service at St. George's Chapel in Windsor.
      C Security officials say the funeral will be one of the largest policing operations in British history.

      @ opec-plus-cut-2022 | business | 2022-10-13 | 2022-10-25
      H Biden warns Saudi Arabia of consequences after OPEC+ cut
      H OPEC+ output cut strains ties between Washington and Riyadh
      H Saudi Arabia says oil cut was purely economic
      L President Joe Biden has said there will be consequences for Saudi Arabia after the OPEC+ group of oil producers, led by Riyadh and Moscow, agreed to cut production by two million barrels a day.
      L The decision by OPEC+ to cut oil output has opened a rift between the Biden administration and Saudi Arabia, three months after the American president visited the kingdom and met Crown Prince Mohammed bin Salman.
      B The White House called the cut shortsighted and said it would help Russia at a time when the world was trying to limit its earnings from energy exports.
      B The Saudi foreign ministry said the decision was based purely on economic considerations and rejected any suggestion that it was taking sides.
      B Mohammed bin Salman, who was named prime minister in September, is the kingdom's day-to-day ruler under his father, King Salman.
      B Saudi Arabia's energy minister, Prince Abdulaziz bin Salman, said the group needed to act before the global economy slowed.
      B Russia's deputy prime minister, Alexander Novak, welcomed the decision and said the market needed stability.
      B Democratic lawmakers in Washington have called for a freeze on arms sales to the kingdom.
      B Petrol prices have become a political issue ahead of the midterm elections on November 8.
      B Biden's visit to Jeddah in July, where he greeted the crown prince with a fist bump, was criticised by human rights groups.
      C Oil prices rose after the decision but remain below their peak earlier in the year.
      C The administration has been releasing crude from the Strategic Petroleum Reserve to keep prices down.

      @ sunak-prime-minister | politics | 2022-10-26 | 2022-11-06
      H Sunak becomes Britain's third prime minister this year
      H Rishi Sunak promises stability after Truss's short premiership
      H Sunak keeps Hunt as chancellor as markets calm
      L Rishi Sunak has become Britain's prime minister, the first person of Asian heritage and the first Hindu to lead the country, after Liz Truss resigned following a market crisis caused by her economic plans.
      L Prime Minister Rishi Sunak has promised to fix the mistakes of his predecessor, Liz Truss, whose 45 days in Downing Street were the shortest of any British prime minister.
      B Sunak, 42, is the youngest British prime minister in more than 200 years.
      B Truss's mini-budget of unfunded tax cuts in September sent the pound to a record low against the dollar and forced the Bank of England to intervene in the bond market.
      B Sunak kept Jeremy Hunt as chancellor of the exchequer, and markets have steadied since his appointment.
      B President Joe Biden described Sunak's appointment as a ground-breaking milestone.
      B India's prime minister, Narendra Modi, congratulated Sunak and said he looked forward to working closely with him.
      B Sunak told Ukraine's president, Volodymyr Zelensky, in a telephone call that British support for Ukraine would continue.
      B The opposition Labour Party, led by Keir Starmer, has called for an early general election.
      B Downing Street said a full budget statement would be delivered on November 17.
      C Sunak faces difficult decisions on spending cuts and tax increases in the coming weeks.
      C Opinion polls suggest the Conservative Party trails Labour by a wide margin.

      @ brazil-lula-wins | world | 2022-10-31 | 2022-11-25
      H Lula defeats Bolsonaro in Brazil's presidential runoff
      H Bolsonaro breaks silence and authorises transition after Lula win
      H Lula promises to protect the Amazon after narrow victory
      L Luiz Inácio Lula da Silva has defeated President Jair Bolsonaro in Brazil's presidential runoff, winning about 50.9 percent of the vote and completing a remarkable political comeback.
      L Brazil's president-elect, Luiz Inácio Lula da Silva, has begun preparing to take office on January 1, after Jair Bolsonaro became the first Brazilian president to lose a bid for re-election.
      B Lula, 77, led Brazil from 2003 to 2010 and spent more than a year in prison on corruption convictions that were later annulled.
      B Bolsonaro remained silent for almost two days after the result before authorising his chief of staff to begin the transition.
      B Truck drivers who support Bolsonaro blocked hundreds of roads across the country, and some supporters gathered outside army bases.
      B Lula has promised to fight illegal deforestation in the Amazon, which rose sharply under Bolsonaro.
      B President Joe Biden was among the first foreign leaders to congratulate Lula, and the European Union and China also welcomed the result.
      B Lula's running mate, Geraldo Alckmin, a former rival from the centre-right, is leading the transition team.
      B Norway and Germany have said they are ready to resume payments to the Amazon Fund.
      C Lula faces a divided Congress, where Bolsonaro's allies hold many seats.
      C Investors are waiting to see who Lula names as his finance minister.

      @ g20-bali-biden-xi | world | 2022-11-17 | 2022-11-25
      H G20 leaders condemn war in Ukraine after Bali summit
      H Biden and Xi meet in Bali and agree to keep talking
      H Missile blast in Poland overshadows G20 summit
      L Leaders of the Group of 20 ended their summit in Bali with a declaration stating that most members strongly condemned the war in Ukraine, two days after President Joe Biden and President Xi Jinping held their first face-to-face meeting as leaders.
      L Joe Biden and Xi Jinping met for about three hours on the Indonesian island of Bali before the G20 summit, agreeing to resume some contacts and warning against the use of nuclear weapons in Ukraine.
      B Indonesia's president, Joko Widodo, who hosted the summit, urged leaders to end the war.
      B Russia was represented by its foreign minister, Sergei Lavrov, and President Volodymyr Zelensky of Ukraine addressed the meeting by video.
      B A missile that killed two people in the Polish village of Przewodów near the border with Ukraine caused alarm, though Poland and NATO later said it was probably fired by Ukrainian air defences.
      B Xi also met Australia's prime minister, Anthony Albanese, in the first formal talks between the two countries' leaders since 2016.
      B Cameras caught Mr. Xi confronting Canada's prime minister, Justin Trudeau, over leaks of their private conversation.
      B Rishi Sunak, attending his first summit as British prime minister, called on Russia to withdraw its forces from Ukraine.
      B India takes over the G20 presidency from Indonesia next month, and Prime Minister Narendra Modi said the group must focus on food and energy security.
      C The White House said the Biden-Xi meeting had put a floor under relations between Washington and Beijing.
      C Officials said Secretary of State Antony Blinken would visit China early next year.

      @ thanksgiving-turkey-prices | business | 2022-11-17 | 2022-11-23
      H Turkey prices climb ahead of Thanksgiving as bird flu thins flocks
      H Shoppers pay more for the Thanksgiving turkey this year
      H Bird flu and inflation make Thanksgiving dinner the priciest yet
      L Turkey prices in American supermarkets are sharply higher this Thanksgiving, as the worst outbreak of bird flu in the country's history has killed or forced the culling of millions of turkeys.
      L Americans are paying more for their holiday turkey this year, after an avian influenza outbreak thinned flocks and feed, fuel and labour costs rose across the food industry.
      B A survey by the American Farm Bureau Federation found that the cost of a classic Thanksgiving dinner for ten people was about 20 percent higher than last year.
      B "We lost birds in the spring and again in the fall," said Jordan Hale, who raises turkeys on a family farm in Minnesota, the country's largest turkey-producing state.
      B Chad Ellison, a butcher in Spokane, Washington, said customers were ordering smaller birds or switching to ham.
      B Turkey farmers say the virus is spread by wild ducks and geese during their seasonal migrations.
      B Frozen whole turkeys are still widely available, analysts said, though some stores have limited the number each shopper can buy.
      B The White House tradition of pardoning a turkey takes place every year in the days before the holiday.
      B Prices of cranberries, stuffing mix and pie crusts have also risen, reflecting the highest inflation in four decades.
      C Economists expect turkey prices to ease next year if flocks recover.
      C Food banks say demand for holiday meals is higher than before the pandemic.

      @ auction-porcelain-china | culture | 2022-03-01 | 2022-06-30
      H Porcelain and fine china draw crowds at country house auction
      H Collectors bid for rare china and silver at London sale
      H A family's china cabinet yields a surprise at auction
      L A collection of eighteenth-century porcelain and fine bone china from a country house in Wiltshire sold for more than double its estimate at an auction in London this week.
      L Dealers and private collectors packed the saleroom of the auction house Marlowe and Finch in London for the sale of a family's china, silver and glassware, gathered over three generations.
      B The top lot, a pair of blue and white vases bought by an English merchant in the 1750s, was sold to a telephone bidder after a long contest.
      B A complete dinner service of bone china, still in its original crates, went for several times the auctioneer's estimate.
      B "Most of this was in a china cabinet in the dining room, and the family used it at Christmas," the auctioneer said.
      B Several pieces of Meissen porcelain, made near Dresden, attracted bidders from continental Europe.
      B Prices for good antique tableware have recovered after years in which younger buyers showed little interest in formal dining.
      B One lot, a cracked teapot that the family had used as a pencil holder, turned out to be a rare early piece and sold for thousands of pounds.
      C The auction house said proceeds would pay for repairs to the house's roof.
      C A second sale of furniture from the same house is planned for the autumn.
      """,
      """
      @ turkey-syria-earthquake | world | 2023-02-20 | 2023-03-05
      H Erdogan faces anger over building standards after earthquake
      H Death toll from Turkey and Syria earthquakes passes 40,000
      H Aid reaches north-west Syria as Turkey counts the cost of the quake
      L The death toll from the earthquakes that struck southern Turkey and northern Syria on February 6 has passed 40,000, and President Recep Tayyip Erdogan faces growing anger over collapsed buildings and the speed of the rescue effort.
      L President Recep Tayyip Erdoğan has promised to rebuild the cities destroyed by two powerful earthquakes within a year, as survivors in southern Turkey criticise the government's response.
      B The first earthquake, of magnitude 7.8, struck before dawn near Kahramanmaraş and was followed hours later by a second, almost as strong.
      B Erdogan declared a three-month state of emergency in ten provinces and acknowledged that there had been shortcomings in the first days.
      B Much of the historic city of Antakya, in Hatay province, has been reduced to rubble.
      B Prosecutors have detained dozens of building contractors, and engineers say that past construction amnesties allowed unsafe buildings to remain in use.
      B In Syria, President Bashar al-Assad agreed to open two more border crossings from Turkey for United Nations aid to the opposition-held north-west, which had relied on a single crossing at Bab al-Hawa.
      B Greece and Armenia, two countries with difficult relations with Ankara, were among those that sent rescuers and aid.
      B Secretary of State Antony Blinken visited the disaster zone and announced more American aid.
      B Millions of people have been left homeless, and many are living in tents or in their cars in freezing temperatures.
      C Aftershocks continue to rattle the region, hampering efforts to clear the rubble.
      C The disaster comes months before presidential and parliamentary elections in which Erdogan is seeking another term.

      @ sudan-war-2023 | world | 2023-05-12 | 2023-06-30
      H Fighting rages in Khartoum despite Jeddah ceasefire talks
      H Sudan's army and RSF trade blame as truce collapses
      H Refugees pour into Chad and Egypt as Sudan's war spreads
      L Fighting between Sudan's army and the paramilitary Rapid Support Forces has continued in Khartoum and the Darfur region, despite talks in Jeddah sponsored by Saudi Arabia and the United States.
      L The war between General Abdel Fattah al-Burhan, the head of Sudan's army, and his former deputy, Mohamed Hamdan Dagalo, the commander of the Rapid Support Forces, has displaced more than a million people since it began on April 15.
      B Mohamed Hamdan Dagalo, widely known as Hemedti, and General Abdel Fattah al-Burhan had together seized power in a coup in 2021 before falling out over plans to merge the paramilitary force into the army.
      B Several short ceasefires agreed in Jeddah have been broken within hours, with each side accusing the other of violations.
      B Tens of thousands of refugees have crossed into neighbouring Chad, many of them from El Geneina in West Darfur, where aid workers report ethnic killings.
      B Egypt has received large numbers of Sudanese fleeing the fighting in Khartoum and Omdurman.
      B Foreign governments evacuated their diplomats and citizens in the first weeks of the war.
      B Secretary of State Antony Blinken said Washington would impose sanctions on those responsible for the violence.
      B Hospitals in the capital have been shelled or occupied, and many have stopped functioning.
      B The United Nations said that more than half of Sudan's population needs humanitarian aid.
      C Mediators said they would keep pressing both sides to return to the negotiating table.
      C Residents of Khartoum say food and water are running out in many neighbourhoods.

      @ wagner-mutiny | world | 2023-06-26 | 2023-07-10
      H Putin calls Wagner mutiny treason after Prigozhin's march on Moscow
      H Lukashenko brokered deal that ended Wagner revolt, Kremlin says
      H Mutiny exposes cracks in Putin's grip on power
      L Vladimir Putin has called the short-lived armed rebellion by the Wagner mercenary group a stab in the back, after its leader, Yevgeny Prigozhin, sent his fighters toward Moscow before abruptly calling off the march.
      L The Russian president, Vladimir Putin, faces questions about his authority after Yevgeny Prigozhin's Wagner fighters seized a military headquarters in Rostov-on-Don and advanced to within about 200 kilometres of the capital.
      B The mutiny ended after the president of Belarus, Alexander Lukashenko, brokered a deal under which Prigozhin would move to Belarus and criminal charges against him would be dropped.
      B Prigozhin said his aim was not to overthrow the government but to protest against the defence minister, Sergei Shoigu, and the chief of the general staff, Valery Gerasimov.
      B Putin said Wagner fighters could sign contracts with the army, go home or follow Prigozhin to Belarus.
      B The Kremlin spokesman, Dmitry Peskov, said Putin's position had not been weakened.
      B Ukraine's president, Volodymyr Zelensky, said the mutiny showed the weakness of Russia's leadership.
      B President Joe Biden said the United States and its allies had made clear they had nothing to do with the rebellion.
      B Wagner fighters played a leading role in the battle for the Ukrainian city of Bakhmut.
      C It remains unclear where Prigozhin is and what will happen to Wagner's operations in Africa.
      C Analysts said the episode was the most serious challenge to Putin in more than two decades in power.

      @ niger-coup | world | 2023-08-04 | 2023-08-25
      H Niger junta defies West African threat of military force
      H Nigeria's Tinubu leads regional push to restore Niger's president
      H France and US weigh future of troops after Niger coup
      L The military officers who seized power in Niger have refused to reinstate President Mohamed Bazoum, despite threats of force from the West African regional bloc Ecowas, which is chaired by Nigeria's president, Bola Tinubu.
      L General Abdourahamane Tiani, the former head of the presidential guard who declared himself Niger's leader after detaining President Mohamed Bazoum, has warned against any foreign military intervention.
      B Bazoum, who was elected in 2021, is being held with his wife and son in the presidential residence in Niamey.
      B Ecowas gave the junta a week to restore constitutional order and has said it is ready to use force as a last resort.
      B The military governments of neighbouring Mali and Burkina Faso said any intervention in Niger would be treated as a declaration of war against them.
      B The junta has ended military cooperation agreements with France, which has about 1,500 troops in the country.
      B President Emmanuel Macron condemned the coup and said France would not recognise the new authorities.
      B The United States has about 1,100 military personnel in Niger, mostly at bases used for drone flights over the Sahel.
      B Supporters of the coup have rallied in Niamey, some of them waving Russian flags and chanting against France.
      B Niger is one of the world's larger producers of uranium, and its mines supply nuclear power stations in Europe.
      C Diplomats from the region are still trying to negotiate with the junta.
      C Aid agencies warn that border closures and sanctions are pushing up food prices in Niger.

      @ kim-putin-vostochny | world | 2023-09-17 | 2023-09-20
      H Kim Jong Un and Putin meet at Russian space centre as arms deal fears grow
      H Putin offers help with satellites as Kim pledges support for Russia
      H Kim Jong-un tours Russian warplane factory after summit with Putin
      H North Korean leader's Russia trip alarms Washington and Seoul
      L Kim Jong Un arrived in Russia by armoured train and held talks with President Vladimir Putin at the Vostochny cosmodrome in the Far East, raising fears in Washington that Pyongyang could supply Moscow with weapons for the war in Ukraine.
      L The North Korean leader, Kim Jong-un, and Vladimir Putin met at Russia's newest space launch site, where Putin said Russia would help North Korea build satellites, in a summit that Western governments fear will lead to an arms deal.
      L Vladimir Putin welcomed Kim Jong Un to the Vostochny cosmodrome in the Amur region for talks that lasted several hours, the first meeting between the two leaders since 2019.
      B American officials believe Moscow wants North Korean artillery ammunition and anti-tank weapons, and that Pyongyang is asking in return for help with its satellite and submarine programmes and for shipments of food.
      B Asked whether Russia would help the North build satellites, Putin told reporters that this was why they had come to the cosmodrome.
      B Kim told Putin that North Korea would always support the Kremlin in what he called its sacred fight against hostile forces.
      B After the talks, Kim travelled to Komsomolsk-on-Amur, where he was shown a factory that builds fighter jets.
      B In Vladivostok, Kim inspected warships of the Pacific Fleet and hypersonic missiles, accompanied by Russia's defence minister, Sergei Shoigu.
      B The Kremlin spokesman, Dmitry Peskov, said no agreements had been signed during the visit.
      B Washington has warned that any arms deal would violate United Nations Security Council resolutions, which Russia itself voted for.
      B Sergei Shoigu, Russia's defence minister, had visited Pyongyang in July, when Kim showed him North Korea's latest missiles at an exhibition.
      B An American newspaper had reported the planned meeting a week before it took place, citing officials in Washington.
      B It was Kim's first trip abroad since the start of the pandemic, and North Korean state media covered it extensively.
      B Kim invited Putin to visit Pyongyang, and the Kremlin said the invitation had been accepted.
      B North Korea's foreign minister, Choe Son Hui, was part of the delegation.
      B South Korea and Japan said they were watching closely for any transfer of military technology to the North.
      C North Korean state media said Kim had left Russia on his train at the end of a six-day visit.
      C Analysts said the meeting showed how far the war in Ukraine has pushed Moscow to seek weapons from isolated states.

      @ g20-new-delhi | world | 2023-09-11 | 2023-09-20
      H G20 admits African Union as Modi hosts summit in New Delhi
      H New Delhi G20 declaration avoids condemning Russia by name
      H Modi hails G20 consensus as Xi and Putin stay away
      L Leaders of the Group of 20 agreed on a joint declaration at their summit in New Delhi, hosted by India's prime minister, Narendra Modi, and admitted the African Union as a permanent member.
      L Narendra Modi secured a consensus statement at the end of the G20 summit in New Delhi, after Western countries accepted softer language on the war in Ukraine than at last year's meeting in Bali.
      B The declaration called on all states not to use force to seize territory but did not directly condemn Russia for the invasion.
      B China's president, Xi Jinping, did not attend, and Beijing sent Premier Li Qiang instead.
      B President Vladimir Putin also stayed away, and Russia was represented by its foreign minister, Sergei Lavrov, who called the summit a success.
      B President Joe Biden and Modi announced plans for a rail and shipping corridor linking India with the Middle East and Europe.
      B The nameplate in front of Modi read Bharat, an ancient name for India that the government has begun to use in official documents.
      B Britain's prime minister, Rishi Sunak, visited a Hindu temple in the city during the summit.
      B Canada's prime minister, Justin Trudeau, was stranded in New Delhi for two days after his plane broke down.
      B Modi handed over the G20 gavel to Brazil's president, Luiz Inácio Lula da Silva, whose country holds the presidency next year.
      C Ukraine's foreign ministry said the declaration was nothing to be proud of.
      C India's diplomats said the outcome showed that the country could bridge divisions between the West and the global south.

      @ canada-india-nijjar | world | 2023-09-27 | 2023-10-05
      H Trudeau accuses India over killing of Sikh leader in Canada
      H India suspends visas for Canadians as diplomatic row deepens
      H Modi government rejects Canadian allegations as absurd
      L Canada's prime minister, Justin Trudeau, has told parliament that there are credible allegations linking agents of the Indian government to the killing of Hardeep Singh Nijjar, a Sikh separatist leader shot dead in British Columbia in June.
      L Relations between Canada and India have fallen to their lowest point in years after Justin Trudeau accused New Delhi of possible involvement in the murder of a Canadian citizen, Hardeep Singh Nijjar.
      B India's foreign ministry called the allegations absurd and politically motivated.
      B Each country expelled a senior diplomat, and India suspended visa services for Canadian citizens.
      B Nijjar was shot outside a Sikh temple in Surrey, near Vancouver, and India had designated him a terrorist, an accusation his supporters denied.
      B The Canadian foreign minister, Mélanie Joly, said Ottawa was not trying to provoke India but wanted the truth.
      B The American ambassador to Canada said intelligence shared among the Five Eyes alliance had informed Trudeau's statement.
      B Secretary of State Antony Blinken said Washington was deeply concerned and urged India to cooperate with the investigation.
      B India's foreign minister, Subrahmanyam Jaishankar, told the United Nations General Assembly that countries should not tolerate violence out of political convenience.
      B Canada is home to one of the largest Sikh communities outside India.
      C Trade talks between the two countries, already paused, are unlikely to resume soon.
      C Prime Minister Narendra Modi has not commented publicly on the allegations.

      @ israel-gaza-war | world | 2023-10-30 | 2023-11-20
      H Israel expands ground operation in Gaza as hostage families plead for deal
      H Netanyahu rejects ceasefire calls as Gaza death toll rises
      H Egypt and Qatar push for pause in fighting to free hostages
      L Israel has expanded its ground operation in the Gaza Strip, and Prime Minister Benjamin Netanyahu has rejected calls for a ceasefire until more than 200 hostages taken by Hamas on October 7 are released.
      L The war between Israel and Hamas, which began when Hamas gunmen attacked southern Israel on October 7 and killed more than 1,000 people, has left thousands dead in Gaza and much of the territory without fuel, water or power.
      B Prime Minister Benjamin Netanyahu said Israel would fight until Hamas was destroyed and all the hostages were brought home.
      B The Gaza health ministry, which is run by Hamas, says more than 8,000 Palestinians have been killed, many of them women and children.
      B Aid trucks have entered Gaza through the Rafah crossing with Egypt, but the United Nations says the supplies are a fraction of what is needed.
      B Egypt's president, Abdel Fattah el-Sisi, has rejected any attempt to push Palestinians from Gaza into the Sinai peninsula.
      B Qatar, which hosts Hamas's political leaders in Doha, has been mediating with Israel over the release of hostages.
      B Jordan's King Abdullah II warned that the war risked spreading across the region.
      B President Joe Biden, who visited Israel after the attack, has urged Israel to allow more humanitarian aid and to protect civilians.
      B Secretary of State Antony Blinken has made several trips to the region to press for pauses in the fighting.
      B The United Nations secretary general, António Guterres, has repeatedly called for a humanitarian ceasefire.
      B Israel and Hezbollah have exchanged fire across the border with Lebanon almost daily since the war began.
      C Families of the hostages have held rallies in Tel Aviv demanding that the government make their release its priority.
      C The fighting in northern Gaza shows no sign of easing.

      @ gaza-truce-hostages | world | 2023-11-28 | 2023-11-30
      H Truce in Gaza extended as more hostages are freed
      H Qatar says Israel and Hamas agree to extend pause in fighting
      H Freed hostages return to Israel as Palestinian prisoners go home
      L The truce between Israel and Hamas has been extended, allowing more hostages held in Gaza to be exchanged for Palestinian prisoners, in a deal mediated by Qatar and Egypt with the support of the United States.
      L More hostages held by Hamas have returned to Israel under a truce that has paused the fighting in Gaza since November 24, and mediators in Doha are working to extend it further.
      B Under the initial agreement, Hamas released 50 women and children in exchange for 150 Palestinian women and teenagers held in Israeli prisons.
      B Qatar's foreign ministry announced the extension, and Qatar's prime minister, Mohammed bin Abdulrahman Al Thani, has been in close contact with both sides.
      B Red Cross vehicles carried the freed hostages to the Rafah crossing and on to Israel.
      B Several Thai farm workers were also freed in a separate arrangement.
      B President Joe Biden welcomed the release of a four-year-old American girl whose parents were killed in the October 7 attack.
      B Hundreds of trucks carrying food, medicine and fuel have entered Gaza during the pause.
      B Prime Minister Benjamin Netanyahu said Israel would resume the war once the truce ended.
      B Egypt's intelligence service has played a central role in the negotiations.
      C It is not clear how long the truce will last.
      C Families of hostages who remain in Gaza have urged the government to keep negotiating.

      @ biden-xi-woodside | world | 2023-11-16 | 2023-11-25
      H Biden and Xi agree to restore military talks at California summit
      H Xi says the world is big enough for China and the US
      H Fentanyl and military hotline top Biden-Xi meeting
      L President Joe Biden and President Xi Jinping agreed to restore communications between their armed forces and to cooperate against the trade in fentanyl, in four hours of talks at an estate near San Francisco.
      L Xi Jinping and Joe Biden held their first meeting in a year on the sidelines of the Asia-Pacific Economic Cooperation summit, seeking to stabilise relations between Washington and Beijing.
      B The meeting took place at Filoli, a historic estate in Woodside, California, south of San Francisco.
      B Mr. Xi said the planet was big enough for both countries to succeed.
      B The two leaders also agreed to start talks on the risks of artificial intelligence.
      B At a news conference afterwards, Biden said he still considered Xi a dictator, a remark that Beijing called irresponsible.
      B Xi urged Washington to stop arming Taiwan and said reunification with the island was unstoppable.
      B China agreed to act against companies that make chemicals used to produce fentanyl, which kills tens of thousands of Americans each year.
      B Xi later dined with American business leaders and hinted that China could send more giant pandas to American zoos.
      C Officials on both sides said the talks had prevented relations from getting worse, though deep disagreements remain.
      C Biden and Xi agreed that they could pick up the phone and call each other directly.

      @ cop28-dubai | climate | 2023-12-14 | 2023-12-22
      H COP28 deal calls for transition away from fossil fuels
      H Dubai climate summit ends with first mention of fossil fuels in final text
      H Small island states say COP28 deal is not enough
      L Nearly 200 countries at the COP28 summit in Dubai agreed to transition away from fossil fuels in energy systems, the first time a United Nations climate agreement has named the main cause of global warming.
      L The COP28 climate conference in the United Arab Emirates ended with a deal that its president, Sultan Al Jaber, called historic, though many scientists and poorer countries said it was too weak.
      B Sultan Al Jaber is also the chief executive of the UAE's national oil company, which critics said was a conflict of interest.
      B On the first day, countries launched a fund to help poor nations cope with losses and damage from climate disasters.
      B The agreement calls for tripling renewable energy capacity by 2030.
      B Representatives of small island states said the deal had been adopted before they had even entered the room.
      B The American climate envoy, John Kerry, and China's Xie Zhenhua worked together to help secure the final text.
      B King Charles III addressed the opening of the summit and urged leaders to act faster.
      B Saudi Arabia and other oil producers had resisted any language calling for a phase-out of fossil fuels.
      C Next year's conference, COP29, will be held in Baku, Azerbaijan.
      C The United Nations secretary general, António Guterres, said the era of fossil fuels must end.
      """,
      """
      @ ukraine-war-2024 | world | 2024-03-08 | 2024-03-14
      H Ukraine short of shells as US aid stalls in Congress
      H Zelensky urges allies to act after fall of Avdiivka
      H Putin heads for another term as Russian forces press in the east
      L Ukraine's president, Volodymyr Zelensky, has warned that his troops are running short of artillery shells and air defence missiles, as a package of American military aid worth about 60 billion dollars remains stuck in Congress.
      L Russian forces are pressing forward in eastern Ukraine after taking the town of Avdiivka in February, while President Vladimir Putin prepares for a presidential election in mid-March that he is all but certain to win.
      B Ukraine's new commander-in-chief, Oleksandr Syrskyi, who replaced Valery Zaluzhny in February, ordered the withdrawal from Avdiivka to save his troops from encirclement.
      B President Joe Biden has urged the House of Representatives to pass the aid package, which has been held up by Republican lawmakers.
      B The opposition leader Alexei Navalny died in February in an Arctic penal colony, and President Joe Biden said Vladimir Putin was responsible for his death.
      B Thousands of people queued to attend the funeral of Alexei Navalny in Moscow despite a heavy police presence.
      B Sweden formally became NATO's 32nd member, two years after it abandoned its long tradition of neutrality in response to the invasion.
      B President Emmanuel Macron caused a stir by refusing to rule out sending Western troops to Ukraine, an idea that Germany's chancellor, Olaf Scholz, firmly rejected.
      B Olaf Scholz has also refused to send Germany's long-range Taurus cruise missiles to Kyiv.
      B Volodymyr Zelensky said in February that 31,000 Ukrainian soldiers had been killed since the start of the full-scale invasion, a figure Western officials believe is too low.
      B The Czech government is leading an effort to buy hundreds of thousands of artillery shells for Ukraine from countries outside Europe.
      C Military analysts say the coming months will be difficult for Ukraine unless Western supplies increase.
      C Ukraine has stepped up drone attacks on oil refineries deep inside Russia.

      @ raisi-helicopter-crash | world | 2024-05-24 | 2024-05-29
      H Iran mourns President Raisi after helicopter crash
      H Iran sets date for presidential election after Raisi's death
      H Mokhber becomes Iran's acting president
      L Iran's president, Ebrahim Raisi, and its foreign minister, Hossein Amir-Abdollahian, were killed when their helicopter crashed in fog in the mountains of East Azerbaijan province, in the north-west of the country.
      L Iran has held days of mourning for Ebrahim Raisi, the president killed in a helicopter crash, and has scheduled an election for June 28 to choose his successor.
      B Raisi was returning from the inauguration of a dam on the border with Azerbaijan, which he had opened together with Azerbaijan's president, Ilham Aliyev.
      B The supreme leader, Ayatollah Ali Khamenei, declared five days of national mourning and said the affairs of the state would not be disrupted.
      B The first vice president, Mohammad Mokhber, has taken over as acting president with the supreme leader's approval.
      B Ali Bagheri Kani, the country's chief nuclear negotiator, has been named acting foreign minister.
      B Raisi, a hardline cleric, was widely seen as a possible successor to the supreme leader.
      B Raisi led the government during the violent crackdown on the protests that followed the death of Mahsa Amini in police custody in 2022.
      B Tens of thousands of mourners filled the streets of Tehran for the funeral procession, and Raisi was later buried in his home city of Mashhad.
      B Russia's president, Vladimir Putin, and China's president, Xi Jinping, sent condolences, and the US State Department also expressed official condolences.
      C Candidates are expected to register for the election in the coming days.
      C Iranian officials said the initial investigation had found no evidence of foul play.

      @ india-election-2024 | politics | 2024-06-10 | 2024-06-20
      H Modi sworn in for third term but relies on coalition allies
      H India's BJP loses majority as voters deliver a surprise
      H Naidu and Nitish Kumar become kingmakers in Modi's new government
      L Narendra Modi has been sworn in for a third consecutive term as India's prime minister, but his Bharatiya Janata Party lost its parliamentary majority and now depends on regional allies.
      L India's prime minister, Narendra Modi, began his third term at the head of a coalition government, after voters in the world's largest election denied his party the outright majority it had held for ten years.
      B The BJP won 240 of the 543 seats in the lower house, short of the 272 needed for a majority, while its alliance secured about 293.
      B Two regional leaders, Chandrababu Naidu of the Telugu Desam Party and Nitish Kumar of the Janata Dal (United), have become crucial partners.
      B The opposition Congress party, led in the campaign by Rahul Gandhi, nearly doubled its seats.
      B Modi is the first Indian leader since Jawaharlal Nehru to win three consecutive general elections.
      B About 642 million people voted in the seven-phase election, which lasted six weeks.
      B The BJP suffered some of its heaviest losses in Uttar Pradesh, including the constituency that contains the city of Ayodhya.
      B Leaders of several neighbouring countries, including Bangladesh's prime minister, Sheikh Hasina, attended the swearing-in ceremony in New Delhi.
      B Indian shares fell sharply when the results were announced before recovering much of the loss.
      C Analysts say Modi will need to consult his partners far more than in his first two terms.
      C The new government is expected to present its first budget in July.

      @ uk-election-2024 | politics | 2024-07-12 | 2024-07-20
      H Starmer takes office after Labour landslide
      H Conservatives suffer worst defeat as Sunak concedes
      H Starmer scraps Rwanda plan in first days in Downing Street
      L Keir Starmer has become Britain's prime minister after the Labour Party won a landslide in the general election, ending 14 years of Conservative government.
      L The new British prime minister, Keir Starmer, has promised a government of service after Labour won 411 of the 650 seats in the House of Commons.
      B Rishi Sunak apologised to Conservative candidates and voters and said he would step down as party leader once a successor was chosen.
      B The Conservatives won only 121 seats, their worst result in the party's history.
      B Rachel Reeves became the first woman to serve as chancellor of the exchequer, and David Lammy was appointed foreign secretary.
      B Angela Rayner was named deputy prime minister.
      B Reform UK, led by Nigel Farage, won about 14 percent of the vote but only five seats.
      B Starmer said the plan to send asylum seekers to Rwanda was dead and buried.
      B Starmer's first trip abroad as prime minister was to the NATO summit in Washington, where he met President Joe Biden.
      B Turnout was about 60 percent, the lowest at a general election since 2001.
      C Starmer's government has said its first priority is to restore growth to the economy.
      C The Conservatives will spend the coming months choosing a new leader.

      @ putin-pyongyang-treaty | world | 2024-06-21 | 2024-07-05
      H Putin and Kim sign mutual defence pact in Pyongyang
      H Putin's first visit to North Korea in 24 years alarms Seoul
      H Kim calls Russia treaty the strongest ever after Putin visit
      L Vladimir Putin and Kim Jong Un have signed a comprehensive strategic partnership treaty that commits each country to come to the other's aid if it is attacked, during Putin's first visit to North Korea in 24 years.
      L The Russian president, Vladimir Putin, was welcomed in Pyongyang with a ceremony in Kim Il Sung Square before signing a new defence agreement with the North Korean leader, Kim Jong-un.
      B Putin's plane landed in Pyongyang before dawn, and Kim greeted him at the airport.
      B Kim called the agreement the strongest treaty the two countries had ever signed.
      B Putin gave Kim a Russian-made Aurus limousine, and the two leaders took turns driving it.
      B South Korea said it would reconsider its policy of not supplying weapons to Ukraine, and Putin warned Seoul that doing so would be a big mistake.
      B Washington and its allies accuse Pyongyang of supplying Russia with artillery shells and ballistic missiles for the war in Ukraine.
      B From Pyongyang, Putin flew to Hanoi for talks with Vietnam's new president, To Lam.
      B NATO's secretary general, Jens Stoltenberg, said the visit showed how closely authoritarian states were aligning.
      B The previous treaty between Moscow and Pyongyang, signed after the fall of the Soviet Union, did not include a mutual defence clause.
      C Officials in Tokyo and Seoul said they would strengthen cooperation with Washington in response.
      C The treaty still needs to be ratified by both countries.

      @ georgia-foreign-agents-law | world | 2024-05-02 | 2024-05-13
      H Tens of thousands protest in Tbilisi against foreign agents bill
      H Georgia's president vows to veto Russian-style law
      H EU warns Georgia that foreign influence bill threatens its membership hopes
      L Tens of thousands of people have marched in Tbilisi, the capital of Georgia, against a bill that would require organisations receiving more than 20 percent of their funding from abroad to register as agents of foreign influence.
      L Georgia's governing party, Georgian Dream, is pushing a foreign influence bill through parliament despite weeks of protests and warnings from the European Union that it could derail the country's hopes of joining the bloc.
      B Critics call it the Russian law, because it resembles legislation that the Kremlin has used to silence critics and independent media.
      B The president, Salome Zourabichvili, who has broken with the governing party, has said she will veto the bill.
      B Prime Minister Irakli Kobakhidze has said the law is needed to make the funding of non-governmental organisations transparent.
      B Georgian Dream was founded by Bidzina Ivanishvili, a billionaire who made his fortune in Russia and is widely seen as the most powerful man in the country.
      B Police have used tear gas, water cannon and rubber bullets against protesters outside the parliament building.
      B Georgia was granted EU candidate status in December, and polls show that a large majority of Georgians support membership.
      B The government withdrew a similar bill last year after mass protests.
      B Russia fought a short war with Georgia in 2008 and still has troops in the breakaway regions of Abkhazia and South Ossetia.
      C The bill is expected to pass its final reading in parliament soon.
      C Protest organisers have called for more demonstrations in the coming days.

      @ korea-martial-law | world | 2024-12-10 | 2024-12-12
      H South Korea's Yoon survives impeachment vote after martial law crisis
      H Yoon Suk Yeol apologises for martial law but refuses to resign
      H Opposition vows to try again to impeach Yoon
      L South Korea's president, Yoon Suk Yeol, survived an impeachment vote after most members of his party walked out of the National Assembly, days after he shocked the country by declaring martial law.
      L President Yoon Suk-yeol faces a criminal investigation and a second impeachment motion after his short-lived declaration of martial law on the night of December 3.
      B Yoon said he had declared martial law to protect the country from anti-state forces and North Korean communist forces, but lifted it about six hours later.
      B Troops tried to enter the National Assembly, but 190 lawmakers got inside and voted unanimously to end martial law.
      B It was the first declaration of martial law in South Korea since the country's transition to democracy in the 1980s.
      B The former defence minister, Kim Yong-hyun, who is accused of proposing martial law to Yoon, resigned and has been arrested.
      B The leader of the opposition Democratic Party, Lee Jae-myung, called the declaration an act of insurrection.
      B Han Dong-hoon, the leader of Yoon's People Power Party, said the president should step aside from his duties.
      B Yoon apologised in a brief televised address and said he would leave decisions about his future to his party.
      B Officials in Washington said they had not been told of the martial law declaration in advance.
      B The justice ministry has barred Yoon from leaving the country.
      C The opposition has said it will hold another impeachment vote this weekend.
      C The South Korean won has fallen against the dollar since the crisis began.

      @ us-election-2024 | politics | 2024-11-14 | 2024-11-30
      H Trump wins every swing state in return to the White House
      H Biden welcomes Trump to the White House for transition talks
      H Trump names cabinet picks as Republicans take the Senate
      L Donald Trump has won the presidential election, defeating Vice President Kamala Harris and carrying all seven swing states, including Georgia, which Joe Biden won narrowly four years ago.
      L President Joe Biden has welcomed President-elect Donald Trump to the White House, promising a smooth transition before Trump's inauguration on January 20.
      B Trump is also on track to win the national popular vote, the first Republican to do so since 2004.
      B Kamala Harris conceded in a speech at Howard University, her alma mater, and urged her supporters not to give up.
      B Trump's running mate, Senator JD Vance of Ohio, will become vice president.
      B Republicans won control of the Senate and kept their majority in the House of Representatives.
      B Trump has named Senator Marco Rubio as his choice for secretary of state.
      B During the campaign, Trump promised sweeping tariffs on imports, particularly from China.
      B Ukraine's president, Volodymyr Zelensky, and Israel's prime minister, Benjamin Netanyahu, were among the first to congratulate Trump.
      B In Georgia, turnout reached record levels in the early voting period.
      C Biden has said he will work with the new administration until he leaves office.
      C Trump's transition team is expected to announce more nominations in the coming days.

      @ mexico-sheinbaum-wins | world | 2024-06-04 | 2024-06-30
      H Claudia Sheinbaum elected Mexico's first woman president
      H Peso falls after Sheinbaum's landslide raises fears over judicial reform
      H López Obrador's protégé wins Mexican election by wide margin
      L Claudia Sheinbaum, a former mayor of Mexico City and a climate scientist, has been elected as Mexico's first woman president, winning about 60 percent of the vote.
      L Mexico's president, Andrés Manuel López Obrador, has welcomed the landslide victory of his protégé, Claudia Sheinbaum, who will take office on October 1.
      B Sheinbaum defeated the opposition candidate, Xóchitl Gálvez, by more than 30 percentage points.
      B Sheinbaum's party, Morena, and its allies also won a large majority in Congress.
      B The peso fell sharply amid concerns that the governing coalition could use its majority to change the constitution, including a plan to elect judges by popular vote.
      B Andrés Manuel López Obrador, known as AMLO, remains popular, and his term ends on September 30.
      B Sheinbaum will also be the first person of Jewish heritage to lead the country.
      B President Joe Biden and Canada's prime minister, Justin Trudeau, congratulated Sheinbaum.
      B Dozens of candidates for local office were killed during the campaign, highlighting the violence of criminal groups.
      C Sheinbaum has promised to continue the outgoing president's social programmes while keeping public finances in order.
      C Investors are watching for her choice of finance minister.

      @ north-korean-troops-russia | world | 2024-11-10 | 2024-12-02
      H North Korean troops join Russian forces in Kursk, Ukraine says
      H Putin signs defence treaty with North Korea as troops deploy
      H Seoul weighs arms for Ukraine after North sends soldiers to Russia
      L Thousands of North Korean soldiers have been deployed to Russia's Kursk region, where Ukrainian forces have held territory since August, according to officials in Kyiv, Seoul and Washington.
      L The deployment of North Korean troops to fight alongside Russian forces has raised alarm in South Korea and the West, after President Vladimir Putin signed into law a mutual defence treaty with Kim Jong Un's government.
      B The Pentagon has said about 10,000 North Korean soldiers were sent to eastern Russia for training before moving to the Kursk region.
      B South Korea's intelligence service said the troops had received Russian uniforms and weapons.
      B President Volodymyr Zelensky said his forces had already clashed with North Korean units.
      B NATO's new secretary general, Mark Rutte, called the deployment a dangerous expansion of the war.
      B President Vladimir Putin has not denied the deployment, saying that what Russia does with its ally is its own business.
      B South Korea's president, Yoon Suk Yeol, said Seoul could consider supplying weapons directly to Ukraine.
      B Analysts say Pyongyang may receive Russian help with satellites and missile technology in return.
      C Officials in Seoul said they expected more troops to follow.
      C Kyiv has released videos it says show North Korean soldiers in the Kursk region.

      @ germany-coalition-collapse | politics | 2024-11-26 | 2024-11-30
      H Germany heads for early election after Scholz coalition collapses
      H Scholz confirmed as SPD candidate after Pistorius steps aside
      H Merz's conservatives lead polls ahead of German snap vote
      L Germany is heading for an early general election after Chancellor Olaf Scholz fired his finance minister, Christian Lindner, and his three-party coalition collapsed in a dispute over the budget.
      L Olaf Scholz will lead the Social Democrats into an early election in February, after the defence minister, Boris Pistorius, ruled himself out as the party's candidate for chancellor.
      B Scholz dismissed Christian Lindner on the same day that Donald Trump won the American presidential election.
      B The chancellor plans to call a confidence vote in the Bundestag on December 16, which he expects to lose, opening the way to an election.
      B Party leaders have agreed that the election should be held on February 23.
      B The conservative Christian Democrats, led by Friedrich Merz, are well ahead in the polls.
      B The dispute centred on Germany's constitutional limit on borrowing, known as the debt brake.
      B Scholz continues to lead a minority government of the Social Democrats and the Greens.
      B The far-right Alternative for Germany is polling in second place.
      C Economists warn that political uncertainty is adding to the difficulties of Europe's largest economy.
      C The campaign is expected to focus on the economy, migration and support for Ukraine.
      """,
    };

    private Library() {}
  }
}
