package dev.vitae.beam;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.FileSystem;
import org.apache.beam.sdk.io.FileSystemRegistrar;
import org.apache.beam.sdk.io.FileSystemUtils;
import org.apache.beam.sdk.io.fs.CreateOptions;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * A Beam file system for the scheme {@code mem://}, held in this JVM's memory, standing in for an
 * object store such as {@code gs://} or {@code s3://}: flat keys, no folders, no {@code java.io}
 * path behind them. Found by Beam through {@link Registrar}'s service file, as the GCS, S3 and HDFS
 * modules are. The store is static, as Beam builds the file system itself; each test uses a bucket
 * of its own.
 */
public final class MemoryFileSystem extends FileSystem<MemoryFileSystem.Id> {
  static final String SCHEME = "mem";

  private static final Map<String, byte[]> FILES = new ConcurrentSkipListMap<>();

  /** Stores a file under {@code uri}, e.g. {@code mem://bucket/in/a.pdf}. */
  static void put(String uri, byte[] bytes) {
    FILES.put(uri, bytes.clone());
  }

  /** Every line of the files whose URI starts with {@code prefix} and ends with {@code suffix}. */
  static List<String> lines(String prefix, String suffix) {
    List<String> lines = new ArrayList<>();
    FILES.forEach(
        (uri, bytes) -> {
          if (uri.startsWith(prefix) && uri.endsWith(suffix)) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            lines.addAll(text.isEmpty() ? List.of() : Arrays.asList(text.split("\n")));
          }
        });
    return lines;
  }

  /** The URIs stored under {@code prefix}. */
  static List<String> list(String prefix) {
    return FILES.keySet().stream().filter(uri -> uri.startsWith(prefix)).toList();
  }

  @Override
  protected List<MatchResult> match(List<String> specs) {
    List<MatchResult> results = new ArrayList<>();
    for (String spec : specs) {
      Pattern pattern = Pattern.compile(FileSystemUtils.wildcardToRegexp(spec));
      List<MatchResult.Metadata> found = new ArrayList<>();
      FILES.forEach(
          (uri, bytes) -> {
            if (pattern.matcher(uri).matches()) {
              found.add(
                  MatchResult.Metadata.builder()
                      .setResourceId(new Id(uri))
                      .setSizeBytes(bytes.length)
                      .setIsReadSeekEfficient(false)
                      .setLastModifiedMillis(0L)
                      .build());
            }
          });
      results.add(
          found.isEmpty()
              ? MatchResult.create(
                  MatchResult.Status.NOT_FOUND, new FileNotFoundException("no match: " + spec))
              : MatchResult.create(MatchResult.Status.OK, found));
    }
    return results;
  }

  @Override
  protected WritableByteChannel create(Id resourceId, CreateOptions createOptions) {
    String uri = resourceId.uri;
    return Channels.newChannel(
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            FILES.put(uri, toByteArray());
          }
        });
  }

  @Override
  protected ReadableByteChannel open(Id resourceId) throws IOException {
    return Channels.newChannel(new ByteArrayInputStream(require(resourceId)));
  }

  @Override
  protected void copy(List<Id> from, List<Id> to) throws IOException {
    for (int i = 0; i < from.size(); i++) {
      FILES.put(to.get(i).uri, require(from.get(i)));
    }
  }

  @Override
  protected void rename(List<Id> from, List<Id> to, MoveOptions... options) throws IOException {
    boolean ignoreMissing =
        Arrays.asList(options).contains(MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    for (int i = 0; i < from.size(); i++) {
      byte[] bytes = FILES.remove(from.get(i).uri);
      if (bytes != null) {
        FILES.put(to.get(i).uri, bytes);
      } else if (!ignoreMissing) {
        throw new FileNotFoundException(from.get(i).uri);
      }
    }
  }

  @Override
  protected void delete(Collection<Id> resourceIds) {
    resourceIds.forEach(id -> FILES.remove(id.uri));
  }

  @Override
  protected Id matchNewResource(String spec, boolean isDirectory) {
    return new Id(isDirectory && !spec.endsWith("/") ? spec + "/" : spec);
  }

  @Override
  protected String getScheme() {
    return SCHEME;
  }

  private static byte[] require(Id id) throws FileNotFoundException {
    byte[] bytes = FILES.get(id.uri);
    if (bytes == null) {
      throw new FileNotFoundException(id.uri);
    }
    return bytes;
  }

  /** A key of the store; a folder is a prefix that ends with {@code /}. */
  static final class Id implements ResourceId {
    private static final long serialVersionUID = 1L;
    private final String uri;

    Id(String uri) {
      if (!uri.startsWith(SCHEME + "://")) {
        throw new IllegalArgumentException("not a mem:// URI: " + uri);
      }
      this.uri = uri;
    }

    @Override
    public ResourceId resolve(String other, ResolveOptions options) {
      if (!isDirectory()) {
        throw new IllegalStateException("resolve against a file: " + uri);
      }
      boolean folder = options == ResolveOptions.StandardResolveOptions.RESOLVE_DIRECTORY;
      return new Id(uri + other + (folder && !other.endsWith("/") ? "/" : ""));
    }

    @Override
    public ResourceId getCurrentDirectory() {
      return isDirectory() ? this : new Id(uri.substring(0, uri.lastIndexOf('/') + 1));
    }

    @Override
    public String getScheme() {
      return SCHEME;
    }

    @Override
    public String getFilename() {
      String path = isDirectory() ? uri.substring(0, uri.length() - 1) : uri;
      return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public boolean isDirectory() {
      return uri.endsWith("/");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Id other && other.uri.equals(uri);
    }

    @Override
    public int hashCode() {
      return uri.hashCode();
    }

    @Override
    public String toString() {
      return uri;
    }
  }

  /** Registers {@code mem://} with Beam's {@code FileSystems}. */
  public static final class Registrar implements FileSystemRegistrar {
    @Override
    public Iterable<FileSystem<?>> fromOptions(PipelineOptions options) {
      return List.of(new MemoryFileSystem());
    }
  }
}
