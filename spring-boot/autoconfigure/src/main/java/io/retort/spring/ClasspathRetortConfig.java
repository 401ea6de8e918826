package io.retort.spring;

import io.retort.runtime.RetortException;
import io.retort.runtime.config.RetortConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** A {@code retort.properties} at the root of the class path, read as the command line reads it (less its database keys). */
final class ClasspathRetortConfig {
  private ClasspathRetortConfig() {
  }

  /** The file, checked; null when the class path has none. */
  static RetortConfig find(ClassLoader loader) {
    URL url = loader.getResource(RetortConfig.FILE_NAME);
    if (url == null) {
      return null;
    }
    Properties properties = new Properties();
    try (InputStream in = url.openStream()) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RetortException("Cannot read " + url + ": " + e.getMessage(), e);
    }
    Map<String, String> values = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> values.put(k.trim(), properties.getProperty(k).trim()));
    // the environment is not the file's business here: the application's DataSource or retort.url say where to connect
    return RetortConfig.of(Path.of("."), values, Map.of(), RetortConfig.FILE_NAME + " on the class path (" + url + ")");
  }
}
