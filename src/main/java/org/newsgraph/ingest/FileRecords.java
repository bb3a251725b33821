package org.newsgraph.ingest;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark side of the stream formats: the file list is spread over tasks, each task streams its
 * files through a {@link RecordParser} (.gz and .bz2 decompressed on the way). A file that cannot
 * be opened is one {@code unreadable_file} reject; a file that breaks off half way (a truncated
 * gzip) keeps the records read before and adds one {@code truncated_file} reject at the offset
 * where reading stopped. A file listed with a {@link InputFiles.InputFile#problem} (a pipe, a dangling
 * link) is one {@code unreadable_file} reject and is never opened. One task reads a file from start
 * to end, so parallelism is per file.
 */
public final class FileRecords {
  public static final String UNREADABLE = "unreadable_file";
  public static final String TRUNCATED = "truncated_file";

  private FileRecords() {
  }

  public static Dataset<Row> read(SparkSession spark, List<InputFiles.InputFile> files, RecordParser parser) {
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    int slices = Math.max(1, Math.min(files.size(), spark.sparkContext().defaultParallelism() * 4));
    JavaRDD<InputFiles.InputFile> rdd = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(files, slices);
    JavaRDD<Row> rows = rdd.flatMap(f -> new FileIterator(f, parser, conf.get()));
    return spark.createDataFrame(rows, ArticleReader.RAW_SCHEMA);
  }

  /**
   * Opens {@code path}, decompressing .gz (all members) and other Hadoop codecs when asked. Local
   * files are opened without Hadoop's checksum layer, which would build a {@code .NAME.crc} path
   * from the name and fail on a ':' in it; dumps carry no .crc files to check anyway.
   */
  static InputStream open(Configuration conf, String path, boolean decompress) throws IOException {
    Path p = new Path(path);
    FileSystem fs = p.getFileSystem(conf);
    InputStream raw = (fs instanceof LocalFileSystem local ? local.getRaw() : fs).open(p);
    if (!decompress) {
      return raw;
    }
    try {
      if (path.endsWith(".gz")) {
        return new GZIPInputStream(raw, 1 << 16);
      }
      CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(p);
      return codec == null ? raw : codec.createInputStream(raw);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /** The rows of one file: its records, then at most one reject for a failure part way. */
  static final class FileIterator implements Iterator<Row> {
    private final InputFiles.InputFile file;
    private final RecordParser parser;
    private final Configuration conf;
    private InputStream in;
    private RecordParser.Cursor cursor;
    private RawRecord next;
    private boolean finished;
    private long records;

    FileIterator(InputFiles.InputFile file, RecordParser parser, Configuration conf) {
      this.file = file;
      this.parser = parser;
      this.conf = conf;
    }

    private void advance() {
      if (next != null || finished) {
        return;
      }
      if (cursor == null && file.problem() != null) {
        next = RawRecord.failed(file.path(), null, 0L, UNREADABLE, "the file is not read: " + file.problem(), null);
        finished = true;
        return;
      }
      try {
        if (cursor == null) {
          in = open(conf, file.path(), parser.wantsDecompressed());
          cursor = parser.open(file, in, path -> open(conf, path, false));
        }
        next = cursor.next();
        if (next == null) {
          finish();
        } else {
          records++;
        }
      } catch (IOException | RuntimeException e) {
        next = failure(e);
        finish();
      }
    }

    private RawRecord failure(Exception e) {
      boolean opened = cursor != null;
      boolean truncated = opened && (e instanceof EOFException || e instanceof ZipException
          || String.valueOf(e.getMessage()).contains("nexpected end") || e.getCause() instanceof EOFException);
      String what = e.getClass().getSimpleName() + ": " + e.getMessage();
      if (truncated) {
        return RawRecord.failed(file.path(), cursor.line(), cursor.position(), TRUNCATED,
            "the file breaks off (" + what + "); the " + records + " records before byte " + cursor.position()
                + " were read", null);
      }
      String detail = opened
          ? "reading stopped at byte " + cursor.position() + " after " + records + " records: " + what
          : (e instanceof FileNotFoundException ? "the file cannot be opened: " : "the file cannot be read: ") + what;
      return RawRecord.failed(file.path(), opened ? cursor.line() : null, opened ? cursor.position() : 0L,
          UNREADABLE, detail, null);
    }

    private void finish() {
      finished = true;
      if (in != null) {
        try {
          in.close();
        } catch (IOException e) {
          // nothing more to read from it anyway
        }
      }
    }

    @Override
    public boolean hasNext() {
      advance();
      return next != null;
    }

    @Override
    public Row next() {
      advance();
      if (next == null) {
        throw new NoSuchElementException();
      }
      RawRecord r = next;
      next = null;
      return r.toRow();
    }
  }
}
