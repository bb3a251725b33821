package org.newsgraph.tables;

/**
 * Another newsgraph run holds the output root's lock ({@link OutputRoot#LOCK}). The message names
 * the holder (host, pid, start time, command, run id) and the way out; {@link #stale()} says
 * whether the holder is known to be dead (same host, pid not alive).
 */
public class OutputLockedException extends RuntimeException {
  private final boolean stale;

  public OutputLockedException(String message, boolean stale) {
    super(message);
    this.stale = stale;
  }

  public boolean stale() {
    return stale;
  }
}
