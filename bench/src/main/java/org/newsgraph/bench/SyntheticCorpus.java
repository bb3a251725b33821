package org.newsgraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.gazetteer.Alias;
import org.newsgraph.gazetteer.Country;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerLoader;
import org.newsgraph.gazetteer.Leader;
import org.newsgraph.gazetteer.Topic;

/**
 * A deterministic synthetic news corpus for benchmarks: English-like prose from templates written
 * for this project, 1-4 KB of text per article, entity mentions drawn with Zipf-like frequencies
 * over the real gazetteer (country names, demonyms, capitals and seats of power; leaders' full names,
 * then their surnames; topic phrases), publication dates over ten years (2015-2024), and about 2%
 * exact duplicates, 1% near-duplicates (an earlier article plus one sentence) and 1% undated articles.
 *
 * <p>Article {@code i} depends only on the seed and {@code i} (its own random stream), so the corpus
 * is the same whatever the number of threads or shards, and shards are written in parallel. Plain
 * Java, no Spark.
 *
 * <pre>
 * java -cp bench/target/classes:target/classes:$(cat target/classpath.txt) org.newsgraph.bench.SyntheticCorpus \
 *     --articles 100000 --seed 7 --out target/bench/corpus/synthetic-100000-7
 * </pre>
 */
public final class SyntheticCorpus {
  /** Bump when the output for a given (articles, seed) changes, so cached corpora are rebuilt. */
  public static final String VERSION = "2";
  public static final long DEFAULT_SEED = 7L;
  static final double EXACT_DUPLICATE_SHARE = 0.02;
  static final double NEAR_DUPLICATE_SHARE = 0.01;
  static final double UNDATED_SHARE = 0.01;
  /**
   * Share of sentences that name entities (the others are filler, though their nouns may still hit
   * topic phrases such as "sanction" or "election"). At 30% an article of ~2.5 KB names about 15-20
   * distinct entities, near the long end of real news; co-occurrence work grows with its square.
   */
  static final int ENTITY_SENTENCE_PERCENT = 30;
  static final int MIN_TEXT_CHARS = 1100;
  static final int MAX_TEXT_CHARS = 3900;
  /** Zipf exponent of entity ranks within each entity type. */
  static final double ZIPF_S = 1.05;
  static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  static final int DAYS = (int) (LocalDate.of(2025, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay());
  static final String NEAR_DUPLICATE_TAIL = "This version of the story has been updated with a correction.";

  /** One generated article; {@code entities} are the entity ids whose aliases were written into it. */
  public record Article(String id, String title, String text, String url, String source,
                        String published, String kind, List<String> entities) {
  }

  private final long seed;
  private final Pool countries;
  private final Pool leaders;
  private final Pool topics;

  public SyntheticCorpus(Gazetteer gazetteer, long seed) {
    this.seed = seed;
    Map<String, List<String>> countrySurfaces = new LinkedHashMap<>();
    Map<String, List<String>> leaderSurfaces = new LinkedHashMap<>();
    Map<String, List<String>> topicSurfaces = new LinkedHashMap<>();
    // Countries current in 2015-2024, written only with aliases that resolve on their own (not
    // ambiguous, not case-sensitive), the name first when it is one of them.
    Set<String> current = new HashSet<>();
    for (Country c : gazetteer.countries().values()) {
      if (c.validTo() == null) {
        current.add(c.entityId());
      }
    }
    Map<String, Set<String>> usable = new LinkedHashMap<>();
    for (Alias a : gazetteer.aliases()) {
      if (current.contains(a.entityId()) && !a.ambiguous() && !a.caseSensitive()
          && Set.of("alias", "name", "demonym", "capital", "seat", "abbreviation").contains(a.method())) {
        usable.computeIfAbsent(a.entityId(), k -> new java.util.LinkedHashSet<>()).add(a.text());
      }
    }
    for (Country c : gazetteer.countries().values()) {
      Set<String> forms = usable.get(c.entityId());
      if (forms != null) {
        List<String> list = new ArrayList<>();
        if (forms.contains(c.name())) {
          list.add(c.name());
        }
        forms.stream().filter(f -> !f.equals(c.name())).forEach(list::add);
        countrySurfaces.put(c.entityId(), list);
      }
    }
    for (Leader l : gazetteer.leaders().values()) {
      List<String> forms = new ArrayList<>();
      forms.add(l.name()); // first: the full name; the surname (if any) is the last element
      if (l.surname() != null && !l.surname().isBlank() && !l.surname().equals(l.name())) {
        forms.add(l.surname());
      }
      leaderSurfaces.put(l.entityId(), forms);
    }
    for (Topic t : gazetteer.topics().values()) {
      List<String> forms = new ArrayList<>();
      for (String p : t.phrases()) {
        String stem = p.endsWith("*") ? p.substring(0, p.length() - 1) : p;
        forms.add(p.endsWith("*") && !stem.endsWith("s") ? stem + "s" : stem);
      }
      if (!forms.isEmpty()) {
        topicSurfaces.put(t.entityId(), forms);
      }
    }
    this.countries = new Pool(countrySurfaces, seed ^ 0x1111L);
    this.leaders = new Pool(leaderSurfaces, seed ^ 0x2222L);
    this.topics = new Pool(topicSurfaces, seed ^ 0x3333L);
  }

  /** Entity ids of one type in rank order (rank 1 first): the Zipf order this seed uses. */
  public List<String> ranking(String type) {
    return switch (type) {
      case "country" -> countries.ids;
      case "leader" -> leaders.ids;
      case "topic" -> topics.ids;
      default -> throw new IllegalArgumentException(type);
    };
  }

  /** Entities of one type, ranked by a seeded shuffle, with a Zipf CDF over the ranks. */
  private static final class Pool {
    final List<String> ids;
    final List<List<String>> surfaces;
    final double[] cdf;

    Pool(Map<String, List<String>> byId, long seed) {
      List<String> sorted = new ArrayList<>(byId.keySet());
      sorted.sort(Comparator.naturalOrder());
      Collections.shuffle(sorted, new java.util.Random(seed));
      this.ids = List.copyOf(sorted);
      this.surfaces = new ArrayList<>(ids.size());
      ids.forEach(id -> surfaces.add(List.copyOf(byId.get(id))));
      this.cdf = new double[ids.size()];
      double sum = 0;
      for (int r = 0; r < cdf.length; r++) {
        sum += 1.0 / Math.pow(r + 1, ZIPF_S);
        cdf[r] = sum;
      }
      for (int r = 0; r < cdf.length; r++) {
        cdf[r] /= sum;
      }
    }

    int draw(SplittableRandom rng) {
      double u = rng.nextDouble();
      int lo = 0;
      int hi = cdf.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cdf[mid] < u) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /** Article {@code index} (0-based) of the corpus with this seed. */
  public Article article(int index) {
    SplittableRandom rng = rngFor(index);
    double u = rng.nextDouble();
    String id = String.format(java.util.Locale.ROOT, "bench-%08d", index);
    String outlet = OUTLETS[rng.nextInt(OUTLETS.length)];
    if (index > 0 && u < EXACT_DUPLICATE_SHARE + NEAR_DUPLICATE_SHARE) {
      Article original = article(rng.nextInt(index));
      boolean near = u >= EXACT_DUPLICATE_SHARE;
      String text = near ? original.text() + " " + NEAR_DUPLICATE_TAIL : original.text();
      String published = original.published() == null ? null
          : shiftHours(original.published(), 1 + rng.nextInt(20));
      return new Article(id, original.title(), text, urlOf(outlet, id), outlet, published,
          near ? "near_duplicate" : "exact_duplicate", original.entities());
    }
    boolean undated = u < EXACT_DUPLICATE_SHARE + NEAR_DUPLICATE_SHARE + UNDATED_SHARE;
    String published = undated ? null : LocalDateTime.of(
            LocalDate.ofEpochDay(FIRST_DAY.toEpochDay() + rng.nextInt(DAYS)),
            java.time.LocalTime.ofSecondOfDay(rng.nextInt(86_400)))
        .atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    Composer c = new Composer(rng);
    String title = c.headline();
    String text = c.text(MIN_TEXT_CHARS + rng.nextInt(MAX_TEXT_CHARS - MIN_TEXT_CHARS + 1));
    return new Article(id, title, text, urlOf(outlet, id), outlet, published,
        undated ? "undated" : "original", List.copyOf(c.entities));
  }

  private SplittableRandom rngFor(int index) {
    long z = seed * 0x9E3779B97F4A7C15L + (index + 1L) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new SplittableRandom(z ^ (z >>> 31));
  }

  private static String shiftHours(String iso, int hours) {
    return java.time.OffsetDateTime.parse(iso).plusHours(hours).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String urlOf(String outlet, String id) {
    return "https://www." + outlet.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".test/news/" + id;
  }

  /** Builds one article's headline and text, remembering the entities it wrote. */
  private final class Composer {
    final SplittableRandom rng;
    final Set<String> entities = new java.util.LinkedHashSet<>();
    final Set<String> leadersNamed = new HashSet<>();

    Composer(SplittableRandom rng) {
      this.rng = rng;
    }

    String headline() {
      return fill(pick(HEADLINES));
    }

    String text(int targetChars) {
      StringBuilder sb = new StringBuilder(targetChars + 300);
      int inParagraph = 0;
      while (sb.length() < targetChars) {
        String sentence = fill(rng.nextInt(100) < ENTITY_SENTENCE_PERCENT ? pick(ENTITY_SENTENCES) : pick(FILLER_SENTENCES));
        if (sb.length() + 2 + sentence.length() > MAX_TEXT_CHARS) {
          if (sb.length() >= MIN_TEXT_CHARS) {
            break;
          }
          continue; // too long to fit: draw another (sentences are far shorter than the range)
        }
        if (sb.length() > 0) {
          sb.append(inParagraph >= 3 + rng.nextInt(3) ? "\n\n" : " ");
          inParagraph = sb.charAt(sb.length() - 1) == '\n' ? 0 : inParagraph;
        }
        sb.append(sentence);
        inParagraph++;
      }
      return sb.toString();
    }

    private String fill(String template) {
      StringBuilder sb = new StringBuilder(template.length() + 64);
      int i = 0;
      while (i < template.length()) {
        char ch = template.charAt(i);
        if (ch == '{') {
          int close = template.indexOf('}', i);
          sb.append(slot(template.substring(i + 1, close)));
          i = close + 1;
        } else {
          sb.append(ch);
          i++;
        }
      }
      if (sb.length() > 0 && Character.isLowerCase(sb.charAt(0))) {
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
      }
      return sb.toString();
    }

    private String slot(String name) {
      return switch (name) {
        case "C" -> country();
        case "L" -> leader();
        case "T" -> topic();
        case "N" -> pick(NOUNS);
        case "A" -> pick(ADJECTIVES);
        case "V" -> pick(VERBS);
        case "B" -> pick(BASE_VERBS);
        case "D" -> pick(DAYS_OF_WEEK);
        case "R" -> pick(ROLES);
        case "Q" -> Integer.toString(2 + rng.nextInt(998));
        default -> throw new IllegalStateException("unknown slot {" + name + "}");
      };
    }

    private String country() {
      int r = countries.draw(rng);
      entities.add(countries.ids.get(r));
      List<String> forms = countries.surfaces.get(r);
      return rng.nextInt(100) < 60 || forms.size() == 1 ? forms.get(0) : forms.get(1 + rng.nextInt(forms.size() - 1));
    }

    private String leader() {
      int r = leaders.draw(rng);
      String id = leaders.ids.get(r);
      entities.add(id);
      List<String> forms = leaders.surfaces.get(r);
      if (leadersNamed.add(id) || forms.size() == 1 || rng.nextInt(100) < 30) {
        return forms.get(0);
      }
      return forms.get(forms.size() - 1);
    }

    private String topic() {
      int r = topics.draw(rng);
      entities.add(topics.ids.get(r));
      List<String> forms = topics.surfaces.get(r);
      return forms.get(rng.nextInt(forms.size()));
    }

    private String pick(String[] options) {
      return options[rng.nextInt(options.length)];
    }
  }

  /** Writes articles {@code [0, articles)} as JSON Lines into {@code shards} files part-NNNNN.jsonl. */
  public void write(Path dir, int articles, int shards) throws IOException {
    Files.createDirectories(dir);
    int threads = Math.max(1, Math.min(shards, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int s = 0; s < shards; s++) {
        int from = (int) ((long) articles * s / shards);
        int to = (int) ((long) articles * (s + 1) / shards);
        Path file = dir.resolve(String.format(java.util.Locale.ROOT, "part-%05d.jsonl", s));
        done.add(pool.submit(() -> {
          writeShard(file, from, to);
          return null;
        }));
      }
      for (Future<?> f : done) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The last day of the corpus's dates (2024-12-31): the day a night's articles are dated on. */
  public static final LocalDate LAST_DAY = FIRST_DAY.plusDays(DAYS - 1L);

  /**
   * A night's articles for an appending run, as one file {@code night.jsonl} in {@code dir}:
   * articles {@code [from, from + count)} of this corpus (so their ids are new to a corpus of
   * {@code from} articles, and their duplicates copy articles stored before), each dated article
   * moved onto {@code day} at its own time of day; undated ones stay undated.
   */
  public void writeNight(Path dir, int from, int count, LocalDate day) throws IOException {
    Files.createDirectories(dir);
    try (Writer w = Files.newBufferedWriter(dir.resolve("night.jsonl"), StandardCharsets.UTF_8)) {
      StringBuilder sb = new StringBuilder(8192);
      for (int i = from; i < from + count; i++) {
        Article a = article(i);
        String published = a.published() == null ? null : java.time.OffsetDateTime.parse(a.published())
            .with(day).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        sb.setLength(0);
        appendJson(sb, new Article(a.id(), a.title(), a.text(), a.url(), a.source(), published, a.kind(),
            a.entities()));
        sb.append('\n');
        w.append(sb);
      }
    }
  }

  private void writeShard(Path file, int from, int to) throws IOException {
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
        1 << 20)) {
      StringBuilder sb = new StringBuilder(8192);
      for (int i = from; i < to; i++) {
        sb.setLength(0);
        appendJson(sb, article(i));
        sb.append('\n');
        w.append(sb);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static void appendJson(StringBuilder sb, Article a) {
    sb.append("{\"id\":");
    Json.appendString(sb, a.id());
    sb.append(",\"title\":");
    Json.appendString(sb, a.title());
    sb.append(",\"text\":");
    Json.appendString(sb, a.text());
    sb.append(",\"url\":");
    Json.appendString(sb, a.url());
    sb.append(",\"source\":");
    Json.appendString(sb, a.source());
    if (a.published() != null) {
      sb.append(",\"published\":");
      Json.appendString(sb, a.published());
    }
    sb.append(",\"language\":\"en\"}");
  }

  public static void main(String[] args) throws IOException {
    int articles = 10_000;
    long seed = DEFAULT_SEED;
    Path out = null;
    int shards = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[++i].replace("_", ""));
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--shards" -> shards = Integer.parseInt(args[++i]);
        default -> {
          System.err.println("usage: SyntheticCorpus --articles N [--seed S] [--shards K] --out DIR");
          System.exit(2);
        }
      }
    }
    if (out == null) {
      System.err.println("usage: SyntheticCorpus --articles N [--seed S] [--shards K] --out DIR");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    new SyntheticCorpus(GazetteerLoader.loadBundled(), seed).write(out, articles,
        shards > 0 ? shards : defaultShards(articles));
    System.out.printf(java.util.Locale.ROOT, "wrote %d articles to %s in %.1f s%n", articles, out,
        (System.nanoTime() - t0) / 1e9);
  }

  /** Enough files for Spark to read in parallel (one task per file), about 25k articles each. */
  public static int defaultShards(int articles) {
    return Math.max(4, Math.min(64, articles / 25_000));
  }

  // ---- the templates: written for this project, no text from any news source ----

  static final String[] OUTLETS = {"Northern Ledger", "Daily Meridian", "Harbour Times", "Continental Wire",
      "Evening Compass", "Pacific Dispatch", "Granite Post", "Atlas Chronicle", "Lakeside Gazette",
      "Morning Beacon", "Riverside Observer", "Summit Herald"};

  static final String[] HEADLINES = {
      "{L} and {L} discuss {T} in {C}",
      "{C} weighs new steps on {T} as {A} {N} grows",
      "{L} says {C} will not back down on {T}",
      "{A} talks on {T} open between {C} and {C}",
      "{C} and {C} sign {A} {N} on {T}",
      "{L} faces {A} pressure over {T}",
      "{Q} people affected as {C} grapples with {T}",
      "What the {N} in {C} means for {T}",
  };

  static final String[] ENTITY_SENTENCES = {
      "{L} said on {D} that {C} would {B} its {N} if the {A} {N} continued.",
      "Officials in {C} {V} the {N} after a {A} meeting with representatives of {C}.",
      "The {R} of {C}, {L}, told reporters that talks on {T} were {A} but far from over.",
      "{L} and {L} met for nearly {Q} minutes, according to a statement released afterwards.",
      "Analysts said the dispute over {T} could {B} relations between {C} and {C} for years.",
      "In a {A} speech, {L} accused {C} of ignoring the {N} and called for {T}.",
      "The {N} was the {A} step yet in a campaign on {T} that began last year.",
      "{C} has long argued that {T} cannot be separated from questions of {T}.",
      "A spokesperson for {L} declined to comment on the {A} {N} reported on {D}.",
      "Diplomats from {C} and {C} are expected to {B} the proposal at a {A} summit next month.",
      "{L} visited {C} on {D}, the first such trip in {Q} days, and spoke about {T}.",
      "Lawmakers in {C} {V} a bill on {T} by a vote of {Q} to {Q}.",
      "Critics of {L} said the {A} {N} showed how little had changed.",
      "Markets in {C} fell by {Q} points after news of the {N} on {T} spread.",
      "The dispute has drawn in {C}, {C} and {C}, each with its own view on {T}.",
      "{L} later said that {L} had agreed to {B} the {N} before the end of the year.",
      "Observers noted that {T} had barely featured in the {A} campaign in {C}.",
      "According to the {R} of {C}, the {N} would {B} at least {Q} jobs.",
      "Residents of {C} told our correspondent the {N} had left them {A} and uncertain.",
      "{C} rejected the criticism, saying its record on {T} spoke for itself.",
      "The meeting in {C} ended without a joint statement on {T}, officials said.",
      "{L} is expected to raise {T} when the leaders gather on {D}.",
      "Aid groups working in {C} warned that {T} would worsen without a {A} {N}.",
      "Both {L} and {L} have staked their reputations on the outcome.",
  };

  static final String[] FILLER_SENTENCES = {
      "The {N} had been {V} several times before, without much effect.",
      "Few expected the {A} {N} to hold for long.",
      "It was not immediately clear how many people were affected by the {N}.",
      "Officials did not respond to requests for comment on {D}.",
      "The {A} figures could not be independently verified.",
      "Some {Q} {N} reports were {V} over the course of the week, a local official said.",
      "Experts cautioned that the {A} effects of the {N} would take months to measure.",
      "Further talks were planned, although no date had been set.",
      "A {A} {N} and a {A} {N} were among the proposals under discussion.",
      "The government said it would {B} the {N} within {Q} days.",
      "Local newspapers described the mood as {A} but calm.",
      "The figures released on {D} showed a {A} rise in the {N}.",
  };

  static final String[] NOUNS = ("agreement plan proposal report decision measure policy budget deal treaty "
      + "statement visit summit meeting ceasefire programme reform package investigation inquiry election "
      + "campaign protest strike shortage outbreak project pipeline corridor border port harbour bridge "
      + "railway factory mine refinery market currency loan debt tariff quota subsidy contract delegation "
      + "mission committee council court ruling verdict appeal sanction embargo blockade exercise drill "
      + "deployment convoy shipment harvest drought flood storm wildfire earthquake vaccine hospital clinic "
      + "school university scholarship festival broadcast newspaper website network satellite launch rocket "
      + "reactor warhead missile drone aircraft frigate submarine tank battalion militia coalition alliance "
      + "partnership dialogue negotiation framework roadmap timetable deadline forecast estimate survey census "
      + "referendum ballot mandate majority minority cabinet ministry parliament senate assembly opposition "
      + "movement union federation consortium company bank fund index export import surplus deficit").split(" ");

  static final String[] ADJECTIVES = ("new major minor sudden gradual fragile lasting historic unprecedented "
      + "controversial popular unpopular cautious bold tentative formal informal secret public private "
      + "regional national international local bilateral multilateral economic political military "
      + "diplomatic humanitarian financial legal technical strategic tactical symbolic practical difficult "
      + "modest ambitious costly cheap rapid slow tense calm heated lengthy brief surprising familiar "
      + "rare routine urgent delayed expanded reduced revised final preliminary joint separate rival "
      + "competing growing shrinking steady volatile uncertain confident sceptical hopeful").split(" ");

  static final String[] VERBS = ("approved rejected delayed expanded reduced reviewed announced suspended "
      + "resumed extended cancelled signed ratified challenged defended criticised welcomed questioned "
      + "investigated funded blocked supported opposed revised launched completed abandoned postponed "
      + "accelerated doubled halved tightened eased renewed restored reversed endorsed condemned").split(" ");

  /** Base forms, after "would", "to" and "will". */
  static final String[] BASE_VERBS = ("approve reject delay expand reduce review announce suspend resume extend "
      + "cancel sign ratify challenge defend criticise welcome question investigate fund block support oppose "
      + "revise launch complete abandon postpone accelerate double halve tighten ease renew restore reverse "
      + "endorse condemn").split(" ");

  static final String[] ROLES = {"president", "prime minister", "foreign minister", "chancellor",
      "defence minister", "finance minister", "king", "premier"};

  static final String[] DAYS_OF_WEEK = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday"};
}
