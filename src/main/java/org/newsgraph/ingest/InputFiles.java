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
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.permission.FsAction;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.Settings;

/**
 * The files behind {@code input.paths}: globs expanded, folders listed recursively (names starting
 * with '.' or '_' skipped, as Spark does), each file with its format (by extension under
 * {@code auto}). Sidecars ({@code NAME.json} beside a text file {@code NAME.txt}) and a folder's
 * text manifest are metadata, not articles. Runs on the driver; lists names, never reads data.
 */
public final class InputFiles {
  /** Format of files whose extension is not known under {@code auto}: each becomes a reject. */
  public static final String UNKNOWN = "unknown";

  /** One input file. {@code sidecar} and {@code manifest} are set for text files that have them. */
  public record InputFile(String path, String format, long bytes, String sidecar, String manifest)
      implements Serializable {
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
    List<FileStatus> found = new ArrayList<>();
    for (String p : paths) {
      try {
        Path path = new Path(p);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          throw new ConfigException("setting '" + Settings.INPUT_PATHS.key() + "': input '" + p + "' does not exist");
        }
        for (FileStatus s : matches) {
          fs.access(s.getPath(), s.isDirectory() ? FsAction.READ_EXECUTE : FsAction.READ);
          if (s.isDirectory()) {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(s.getPath(), true);
            while (it.hasNext()) {
              LocatedFileStatus f = it.next();
              if (!hidden(s.getPath(), f.getPath())) {
                found.add(f);
              }
            }
          } else {
            found.add(s);
          }
        }
      } catch (ConfigException e) {
        throw e;
      } catch (IOException e) {
        throw new ConfigException("setting '" + Settings.INPUT_PATHS.key() + "': cannot read input '" + p
            + "': " + e);
      }
    }
    return classify(found, format, manifestName);
  }

  private static boolean hidden(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String name = p.getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private static List<InputFile> classify(List<FileStatus> found, String format, String manifestName) {
    Map<String, String> formats = new HashMap<>();
    Set<String> textStems = new HashSet<>();
    Set<String> textDirs = new HashSet<>();
    for (FileStatus s : found) {
      String name = s.getPath().getName();
      String f = format.equals("auto") ? formatOf(name) : format.equals("jsonl") ? "json" : format;
      formats.put(s.getPath().toString(), f);
      if (f.equals("text")) {
        textStems.add(new Path(s.getPath().getParent(), TextFileParser.idFromName(name)).toString());
        textDirs.add(s.getPath().getParent().toString());
      }
    }
    // under auto, the .json and manifest files beside text files are text metadata
    Map<String, String> sidecars = new HashMap<>();
    Map<String, String> manifests = new HashMap<>();
    for (FileStatus s : found) {
      Path p = s.getPath();
      String dir = p.getParent().toString();
      String name = p.getName();
      if (!textDirs.contains(dir)) {
        continue;
      }
      if (name.equals(manifestName)) {
        manifests.put(dir, p.toString());
        formats.remove(p.toString());
      } else if (name.toLowerCase(Locale.ROOT).endsWith(".json")
          && textStems.contains(new Path(p.getParent(), name.substring(0, name.length() - 5)).toString())
          && (format.equals("auto") || format.equals("text"))) {
        sidecars.put(new Path(p.getParent(), name.substring(0, name.length() - 5)).toString(), p.toString());
        formats.remove(p.toString());
      }
    }
    List<InputFile> out = new ArrayList<>();
    for (FileStatus s : found) {
      String path = s.getPath().toString();
      String f = formats.get(path);
      if (f == null) {
        continue;
      }
      String stem = new Path(s.getPath().getParent(), TextFileParser.idFromName(s.getPath().getName())).toString();
      boolean text = f.equals("text");
      out.add(new InputFile(path, f, s.getLen(), text ? sidecars.get(stem) : null,
          text ? manifests.get(s.getPath().getParent().toString()) : null));
    }
    out.sort(java.util.Comparator.comparing(InputFile::path));
    return out;
  }
}
