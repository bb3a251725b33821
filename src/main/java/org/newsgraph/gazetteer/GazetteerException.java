package org.newsgraph.gazetteer;

/** Bad gazetteer data: the message names the file and line. */
public class GazetteerException extends RuntimeException {
  public GazetteerException(String message) {
    super(message);
  }
}
