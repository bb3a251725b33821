package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;

/**
 * WARC and WARC.gz (jwarc) as Common Crawl News publishes them: each response record with an HTML
 * payload is one article. The id is the target URL, the text is the page's main text
 * ({@link HtmlArticleExtractor}), the date is {@code article:published_time}, JSON-LD
 * {@code datePublished}, other date metadata, else the record's WARC-Date. The source offset is the
 * record's byte offset in the file as stored. warcinfo records are the file's header and are not
 * counted. Reasons: not_html (a response that is not HTML), http_status (not 2xx),
 * not_a_response (request, metadata and other record types), oversize, malformed_warc.
 */
public final class WarcRecordParser implements RecordParser {
  public static final String NOT_HTML = "not_html";
  public static final String HTTP_STATUS = "http_status";
  public static final String NOT_A_RESPONSE = "not_a_response";

  private final int maxRecordBytes;

  public WarcRecordParser(int maxRecordBytes) {
    this.maxRecordBytes = maxRecordBytes;
  }

  @Override
  public boolean wantsDecompressed() {
    return false;
  }

  @Override
  public Cursor open(InputFiles.InputFile file, InputStream in, Opener opener) throws IOException {
    WarcReader reader = new WarcReader(in);
    return new Cursor() {
      @Override
      public RawRecord next() throws IOException {
        while (true) {
          Optional<WarcRecord> next = reader.next();
          if (next.isEmpty()) {
            return null;
          }
          WarcRecord record = next.get();
          if (record instanceof Warcinfo) {
            continue;
          }
          RawRecord r = new RawRecord(file.path(), null, reader.position());
          r.raw("WARC-Type: " + record.type() + "; WARC-Record-ID: " + record.id());
          if (!(record instanceof WarcResponse response)) {
            return r.fail(NOT_A_RESPONSE, "a " + record.type() + " record, not a response");
          }
          r.id = response.target();
          r.url = response.target();
          r.raw("WARC-Record-ID: " + record.id() + "; target: " + response.target());
          return read(r, response);
        }
      }

      @Override
      public long position() {
        return reader.position();
      }

      @Override
      public Long line() {
        return null;
      }
    };
  }

  private RawRecord read(RawRecord r, WarcResponse response) throws IOException {
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      return r.fail("malformed_warc", "the HTTP response cannot be parsed: " + e.getMessage());
    }
    if (http.status() < 200 || http.status() > 299) {
      return r.fail(HTTP_STATUS, "HTTP status " + http.status());
    }
    MediaType type = http.contentType();
    String base = type == null ? "" : type.base().toString();
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
      return r.fail(NOT_HTML, "the payload is " + (base.isEmpty() ? "of no declared type" : base) + ", not HTML");
    }
    byte[] body = http.bodyDecoded().stream().readNBytes(maxRecordBytes + 1);
    if (body.length > maxRecordBytes) {
      return r.fail(IngestStages.OVERSIZE, "the payload has more than " + maxRecordBytes
          + " bytes (ingest.max_record_bytes)");
    }
    String charset = type.parameters().get("charset");
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(body), charset, r.url == null ? "" : r.url);
    } catch (java.nio.charset.IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
      doc = Jsoup.parse(new ByteArrayInputStream(body), null, r.url == null ? "" : r.url);
    }
    HtmlArticleExtractor.Article a = HtmlArticleExtractor.extract(doc);
    r.title = a.title();
    r.text = a.text();
    r.language = a.language();
    r.source = a.siteName() != null ? a.siteName() : host(r.url);
    r.published = a.published() != null ? a.published() : response.date().toString();
    return r;
  }

  private static String host(String url) {
    try {
      return url == null ? null : java.net.URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
