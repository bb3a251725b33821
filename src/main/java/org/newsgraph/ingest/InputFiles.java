package org.newsgraph.ingest;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsAction;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.Settings;

/**
 * The files behind {@code input.paths}: globs expanded, folders listed recursively (names starting
 * with '.' or '_' skipped, as Spark does), each file with its format (by extension under
 * {@code auto}). Sidecars ({@code NAME.json} beside a text file {@code NAME.txt}) and a folder's
 * text manifest are metadata, not articles. Runs on the driver; lists names, never reads data.
 *
 * <p>A path given in {@code input.paths} may be a glob; when the glob matches nothing the path is
 * taken literally, so {@code a[1].jsonl} or {@code 2023-09-13T10:00:00.jsonl} can be named. The
 * files found inside a folder are literal names and are never parsed again as globs or URIs: a
 * name may hold ':', '[', '{', '*', '%' or spaces.
 *
 * <p>On the local file system folders are walked by real path: a symbolic link is followed, but a
 * folder or file already reached by another path (a link loop, two links to one file) is listed
 * once, by the first path in name order; the others are logged as skipped. A link that cannot be
 * followed (dangling, or a loop of links) becomes an {@code unreadable_file} reject.
 *
 * <p>Pipes (FIFOs, {@code --input <(zcat dump.gz)}), sockets and devices are not read: given in
 * {@code input.paths} the run stops at start naming the input; met inside a folder each is an
 * {@code unreadable_file} reject and is never opened. Ingest reads an input more than once (the
 * field mapping from its head, then its records; a retried task reads it again) and on executors
 * that cannot see the driver's pipe, so a stream it could read only once would be lost or hang;
 * give the compressed file itself instead ({@code .gz} and {@code .bz2} are decompressed).
 */
public final class InputFiles {
  /** Format of files whose extension is not known under {@code auto}: each becomes a reject. */
  public static final String UNKNOWN = "unknown";
  /** Format of entries that are not opened (see {@link InputFile#problem}): each becomes a reject. */
  public static final String NOT_READ = "not_read";

  /**
   * One input file. {@code sidecar} and {@code manifest} are set for text files that have them;
   * {@code problem}, for a file that is not opened, says why (it becomes one unreadable_file reject).
   */
  public record InputFile(String path, String format, long bytes, String sidecar, String manifest, String problem)
      implements Serializable {
    public InputFile(String path, String format, long bytes, String sidecar, String manifest) {
      this(path, format, bytes, sidecar, manifest, null);
    }
  }

  /** One entry found by listing: a readable file, or one that is not to be opened and why. */
  private record Listed(Path path, long bytes, String problem) {
  }

  private InputFiles() {
  }

  /** The format a file name says, or {@link #UNKNOWN}. */
  public static String formatOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return "warc";
    }
    for (String z : new String[] {".gz", ".bz2", ".deflate"}) {
      if (n.endsWith(z)) {
        n = n.substring(0, n.length() - z.length());
      }
    }
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    return switch (ext) {
      case "jsonl", "ndjson", "jsonlines", "json" -> "json";
      case "csv" -> "csv";
      case "tsv", "tab" -> "tsv";
      case "parquet" -> "parquet";
      case "txt", "text", "" -> "text";
      default -> UNKNOWN;
    };
  }

  /** The files of {@code paths}; a path that does not exist or cannot be read fails naming it. */
  public static List<InputFile> list(Configuration conf, List<String> paths, String format, String manifestName) {
    return classify(walk(conf, paths, null), format, manifestName);
  }

  /** Bytes under each match of {@code paths} (a folder: its files'), checking each exists and is no pipe. */
  public static Map<String, Long> sizes(Configuration conf, List<String> paths) {
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    walk(conf, paths, out);
    return out;
  }

  /** Lists {@code paths}; adds to {@code sizes}, when given, each match's bytes. */
  private static List<Listed> walk(Configuration conf, List<String> paths, Map<String, Long> sizes) {
    List<Listed> found = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    for (String p : paths) {
      try {
        Path path = userPath(conf, p);
        FileSystem fs = path.getFileSystem(conf);
        if (local(fs)) {
          for (java.nio.file.Path m : localMatches(p, java.nio.file.Paths.get(path.toUri().getPath()))) {
            boolean dir = java.nio.file.Files.isDirectory(m);
            if (!dir && !java.nio.file.Files.isRegularFile(m)) {
              throw new ConfigException("setting '" + Settings.INPUT_PATHS.key() + "': input '" + p
                  + "' is a pipe, socket or device, not a file or folder; ingest reads an input more than once"
                  + " (the field mapping from its head, then the records) and on executors, so it does not read"
                  + " streams: write it to a file first, or give the .gz/.bz2 file itself (it is decompressed)");
            }
            if (!java.nio.file.Files.isReadable(m) || (dir && !java.nio.file.Files.isExecutable(m))) {
              throw new ConfigException("setting '" + Settings.INPUT_PATHS.key() + "': cannot read input '" + p
                  + "': permission denied on " + m);
            }
            int before = found.size();
            walkLocal(m, seen, found, sizes == null);
            addSize(sizes, hadoopPath(m).toString(), found.subList(before, found.size()));
          }
          continue;
        }
        for (FileStatus s : matches(fs, p, path)) {
          fs.access(s.getPath(), s.isDirectory() ? FsAction.READ_EXECUTE : FsAction.READ);
          int before = found.size();
          if (s.isDirectory()) {
            walkHadoop(fs, s.getPath(), found);
          } else {
            found.add(new Listed(s.getPath(), s.getLen(), null));
          }
          addSize(sizes, s.getPath().toString(), found.subList(before, found.size()));
        }
      } catch (ConfigException e) {
        throw e;
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigException("setting '" + Settings.INPUT_PATHS.key() + "': cannot read input '" + p
            + "': " + e);
      }
    }
    return found;
  }

  private static void addSize(Map<String, Long> sizes, String input, List<Listed> listed) {
    if (sizes != null) {
      long bytes = 0;
      for (Listed l : listed) {
        bytes += l.bytes();
      }
      sizes.merge(input, bytes, Long::sum);
    }
  }

  /**
   * The local paths a user-given path matches: each segment with a glob character ({@code * ? [ {})
   * is matched against the names in its folder (java.nio glob syntax, as Hadoop's); when that
   * matches nothing, the path itself taken literally. Done here, not by Hadoop's globber, which
   * parses each name it lists as a URI and fails on a ':' in one.
   */
  private static List<java.nio.file.Path> localMatches(String p, java.nio.file.Path path) throws IOException {
    List<java.nio.file.Path> current = new ArrayList<>(List.of(path.getRoot()));
    for (java.nio.file.Path segment : path) {
      String name = segment.toString();
      List<java.nio.file.Path> next = new ArrayList<>();
      for (java.nio.file.Path c : current) {
        if (name.chars().noneMatch(ch -> "*?[{".indexOf(ch) >= 0)) {
          next.add(c.resolve(name));
        } else if (java.nio.file.Files.isDirectory(c)) {
          try (java.nio.file.DirectoryStream<java.nio.file.Path> ds = java.nio.file.Files.newDirectoryStream(c, name)) {
            ds.forEach(next::add);
          } catch (java.util.regex.PatternSyntaxException e) {
            // not a valid glob ("a{b"): only the literal name below
          }
        }
      }
      next.sort(null);
      current = next;
    }
    current.removeIf(m -> !java.nio.file.Files.exists(m));
    if (current.isEmpty() && java.nio.file.Files.exists(path)) {
      current.add(path);
    }
    if (current.isEmpty()) {
      throw new ConfigException("setting '" + Settings.INPUT_PATHS.key() + "': input '" + p + "' does not exist");
    }
    return current;
  }

  /**
   * {@code p} as a Hadoop path. A local path without a scheme is made absolute first, so a relative
   * name with a ':' ({@code 10:00.jsonl}) is not taken for a URI scheme.
   */
  private static Path userPath(Configuration conf, String p) {
    boolean hasScheme = p.matches("^[A-Za-z][A-Za-z0-9+.-]*:/.*");
    if (!hasScheme && "file".equals(FileSystem.getDefaultUri(conf).getScheme())) {
      return new Path("file", null, java.nio.file.Paths.get(p).toAbsolutePath().normalize().toString());
    }
    return new Path(p);
  }

  /** The glob's matches, else the path itself taken literally, else a config error naming it. */
  private static FileStatus[] matches(FileSystem fs, String p, Path path) throws IOException {
    FileStatus[] matches;
    try {
      matches = fs.globStatus(path);
    } catch (IOException | IllegalArgumentException e) {
      matches = null; // not a valid glob ("a{b.jsonl"): the literal name is tried below
    }
    if (matches == null || matches.length == 0) {
      try {
        matches = new FileStatus[] {fs.getFileStatus(path)};
      } catch (java.io.FileNotFoundException e) {
        throw new ConfigException("setting '" + Settings.INPUT_PATHS.key() + "': input '" + p + "' does not exist");
      }
    }
    return matches;
  }

  private static boolean local(FileSystem fs) {
    return "file".equals(fs.getUri().getScheme());
  }

  private static boolean hiddenName(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }

  /** A local path as a Hadoop path, built from its parts so that no character in it is parsed. */
  private static Path hadoopPath(java.nio.file.Path p) {
    return new Path("file", null, p.toAbsolutePath().toString());
  }

  /**
   * Lists a local file or folder by real path (see the class comment); {@code seen} holds the real
   * paths of folders entered and files listed, across all inputs.
   */
  private static void walkLocal(java.nio.file.Path p, Set<Object> seen, List<Listed> found, boolean log)
      throws IOException {
    java.nio.file.attribute.BasicFileAttributes a;
    try {
      a = java.nio.file.Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
    } catch (IOException e) {
      // a dangling link, a loop of links, or a file gone since its folder was listed
      String what = java.nio.file.Files.isSymbolicLink(p)
          ? "a symbolic link to " + java.nio.file.Files.readSymbolicLink(p) + " that cannot be followed ("
              + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"
          : "cannot be read: " + e;
      found.add(new Listed(hadoopPath(p), 0, what));
      return;
    }
    if (!a.isDirectory() && !a.isRegularFile()) {
      found.add(new Listed(hadoopPath(p), 0, "not a regular file (a pipe, socket or device): not opened, since"
          + " reading it could block or use it up"));
      return;
    }
    java.nio.file.Path real = p.toRealPath();
    if (!seen.add(real)) {
      if (log) {
        System.out.printf(Locale.ROOT, "[newsgraph] ingest    skipped %s: the %s %s is listed already%n", p,
            a.isDirectory() ? "folder" : "file", real);
      }
      return;
    }
    if (a.isRegularFile()) {
      found.add(new Listed(hadoopPath(p), a.size(), null));
      return;
    }
    List<java.nio.file.Path> entries = new ArrayList<>();
    try (java.nio.file.DirectoryStream<java.nio.file.Path> ds = java.nio.file.Files.newDirectoryStream(p)) {
      for (java.nio.file.Path e : ds) {
        if (!hiddenName(e.getFileName().toString())) {
          entries.add(e);
        }
      }
    }
    entries.sort(java.util.Comparator.comparing(e -> e.getFileName().toString()));
    for (java.nio.file.Path e : entries) {
      walkLocal(e, seen, found, log);
    }
  }

  /** Lists a folder of another file system (HDFS, S3), which has no symbolic links to follow. */
  private static void walkHadoop(FileSystem fs, Path dir, List<Listed> found) throws IOException {
    FileStatus[] entries = fs.listStatus(dir);
    java.util.Arrays.sort(entries, java.util.Comparator.comparing(e -> e.getPath().getName()));
    for (FileStatus e : entries) {
      if (hiddenName(e.getPath().getName())) {
        continue;
      }
      if (e.isDirectory()) {
        walkHadoop(fs, e.getPath(), found);
      } else {
        found.add(new Listed(e.getPath(), e.getLen(), null));
      }
    }
  }

  /** The key of a file name without extension in a folder; plain strings: a name is never parsed. */
  private static String stem(Path dir, String nameWithoutExtension) {
    return dir + "/" + nameWithoutExtension;
  }

  private static List<InputFile> classify(List<Listed> found, String format, String manifestName) {
    Map<String, String> formats = new HashMap<>();
    Set<String> textStems = new HashSet<>();
    Set<String> textDirs = new HashSet<>();
    for (Listed s : found) {
      String name = s.path().getName();
      String f = s.problem() != null ? NOT_READ : format.equals("auto") ? formatOf(name) : format.equals("jsonl") ? "json" : format;
      formats.put(s.path().toString(), f);
      if (f.equals("text")) {
        textStems.add(stem(s.path().getParent(), TextFileParser.idFromName(name)));
        textDirs.add(s.path().getParent().toString());
      }
    }
    // under auto, the .json and manifest files beside text files are text metadata
    Map<String, String> sidecars = new HashMap<>();
    Map<String, String> manifests = new HashMap<>();
    for (Listed s : found) {
      Path p = s.path();
      String dir = p.getParent().toString();
      String name = p.getName();
      if (!textDirs.contains(dir) || s.problem() != null) {
        continue;
      }
      if (name.equals(manifestName)) {
        manifests.put(dir, p.toString());
        formats.remove(p.toString());
      } else if (name.toLowerCase(Locale.ROOT).endsWith(".json")
          && textStems.contains(stem(p.getParent(), name.substring(0, name.length() - 5)))
          && (format.equals("auto") || format.equals("text"))) {
        sidecars.put(stem(p.getParent(), name.substring(0, name.length() - 5)), p.toString());
        formats.remove(p.toString());
      }
    }
    List<InputFile> out = new ArrayList<>();
    for (Listed s : found) {
      String path = s.path().toString();
      String f = formats.get(path);
      if (f == null) {
        continue;
      }
      String stem = stem(s.path().getParent(), TextFileParser.idFromName(s.path().getName()));
      boolean text = f.equals("text");
      out.add(new InputFile(path, f, s.bytes(), text ? sidecars.get(stem) : null,
          text ? manifests.get(s.path().getParent().toString()) : null, s.problem()));
    }
    out.sort(java.util.Comparator.comparing(InputFile::path));
    return out;
  }
}
