package org.newsgraph.config;

/** A configuration problem found at start-up; its message names the setting. */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
