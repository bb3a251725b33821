package org.newsgraph.tables;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A stage of a command failed ({@link RunReport#stage}); carries the stage's name and the original
 * exception as its cause. The command line prints {@code newsgraph: <stage>: <cause>} on one line
 * with {@link #causeMessage}, and the whole trace goes to the log.
 */
public class StageFailedException extends RuntimeException {
  private final String stage;

  public StageFailedException(String stage, Throwable cause) {
    super(stage + ": " + causeMessage(cause), cause);
    this.stage = stage;
  }

  public String stage() {
    return stage;
  }

  /**
   * The first line of the innermost message in {@code t}'s cause chain: a Spark job failure wraps
   * the task's exception (whose message is the useful "file ... is not a Parquet file") in
   * "Job aborted due to stage failure: ..." with a stack trace inside the text. A chain without any
   * message gives the innermost exception's class name.
   */
  public static String causeMessage(Throwable t) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    String message = null;
    Throwable innermost = t;
    for (Throwable c = t; c != null && seen.put(c, true) == null; c = c.getCause()) {
      innermost = c;
      String m = c instanceof StageFailedException ? null : c.getMessage();
      if (m != null && !m.isBlank()) {
        message = m;
      }
    }
    if (message == null) {
      return innermost.getClass().getSimpleName();
    }
    String first = message.strip().lines().findFirst().orElse("").strip();
    return first.isEmpty() ? innermost.getClass().getSimpleName() : first;
  }
}
