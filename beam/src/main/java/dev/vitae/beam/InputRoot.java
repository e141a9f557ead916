package dev.vitae.beam;

import java.io.File;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the job reads and how each file is named. The input is a folder, whose files are all read
 * ({@code /data/in}), or a glob ({@code /data/in/**}{@code /*.pdf}, {@code gs://bucket/in/*.md}).
 * The root is the folder, or the glob's folder before its first wildcard; a file's name is its path
 * relative to the root with {@code /} separators, as {@code vitae batch} names it in {@code
 * meta.vitae.source.file}. Local paths are made absolute against the current folder, so the names
 * do not depend on where a worker runs.
 *
 * @param root the folder every matched file is under, ending with a separator
 * @param filepattern the Beam file pattern that matches the input files
 */
public record InputRoot(String root, String filepattern) implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");
  private static final String WILDCARDS = "*?[{";

  /**
   * Checks that the pattern lies under the root.
   *
   * @throws IllegalArgumentException when the root does not end with a separator or the pattern
   *     does not start with it
   */
  public InputRoot {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(filepattern, "filepattern");
    if (!(root.endsWith("/") || root.endsWith(File.separator))) {
      throw new IllegalArgumentException("a root ends with a separator: " + root);
    }
    if (!filepattern.startsWith(root)) {
      throw new IllegalArgumentException("the pattern is not under the root: " + filepattern);
    }
  }

  /**
   * The root and pattern of an input given on the command line. Without a wildcard the input names
   * a folder, and every file under it is read.
   *
   * @throws IllegalArgumentException when the input is blank
   */
  public static InputRoot of(String input) {
    Objects.requireNonNull(input, "input");
    if (input.isBlank()) {
      throw new IllegalArgumentException("the input is blank");
    }
    int wildcard = firstWildcard(input);
    if (wildcard < 0) {
      String root = folder(input);
      return new InputRoot(root, root + "**");
    }
    // The folder part ends at the last separator before the first wildcard.
    int cut = input.lastIndexOf('/', wildcard) + 1;
    String root = folder(input.substring(0, cut));
    return new InputRoot(root, root + input.substring(cut));
  }

  /**
   * A matched file's name relative to the root, with {@code /} separators; empty when the file is
   * not under the root.
   */
  public Optional<String> findName(String resource) {
    if (!resource.startsWith(root) || resource.length() == root.length()) {
      return Optional.empty();
    }
    String name = resource.substring(root.length());
    return Optional.of(File.separatorChar == '/' ? name : name.replace(File.separatorChar, '/'));
  }

  /**
   * {@link #findName(String)}, for a file known to be under the root.
   *
   * @throws IllegalArgumentException when it is not
   */
  public String requireName(String resource) {
    return findName(resource)
        .orElseThrow(() -> new IllegalArgumentException("not under the input root: " + resource));
  }

  /**
   * Whether a matched file is read: it lies under the root and neither it nor a folder between it
   * and the root is hidden (named with a leading dot), as {@code vitae batch} skips them.
   */
  public boolean accepts(String resource) {
    return findName(resource).filter(name -> !hidden(name)).isPresent();
  }

  /**
   * A local path made absolute, or a URI ({@code gs://…}, {@code s3://…}) as it is; used for the
   * output prefixes too, so that they can be compared with matched files.
   */
  public static String absolute(String spec) {
    if (SCHEME.matcher(spec).find()) {
      return spec;
    }
    String path = Path.of(spec.isEmpty() ? "." : spec).toAbsolutePath().normalize().toString();
    // normalize() drops a trailing separator that marks a folder; keep it.
    boolean folder = spec.endsWith("/") || spec.endsWith(File.separator);
    return folder && !path.endsWith(File.separator) ? path + File.separator : path;
  }

  private static String folder(String spec) {
    String path = absolute(spec);
    return path.endsWith("/") || path.endsWith(File.separator) ? path : path + separator(path);
  }

  private static String separator(String path) {
    return SCHEME.matcher(path).find() ? "/" : File.separator;
  }

  private static int firstWildcard(String input) {
    for (int i = 0; i < input.length(); i++) {
      if (WILDCARDS.indexOf(input.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hidden(String name) {
    for (String part : name.split("/", -1)) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
