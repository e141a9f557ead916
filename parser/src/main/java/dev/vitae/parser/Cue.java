package dev.vitae.parser;

import java.util.Objects;

/**
 * An icon that labelled part of a {@link Line}: an envelope before an email, a map pin before a
 * city. Readers drop icon glyphs from the text and keep what they meant here; icons that mean none
 * of the {@link Kind}s are dropped without a cue.
 *
 * @param kind what the icon means
 * @param offset index in {@link Line#text()} of the first character after where the icon stood: the
 *     start of the text it labels, or the text's length for an icon at the end of the line
 */
public record Cue(Kind kind, int offset) {

  /** What a contact icon means; a closed list of the icons resumes put before contact details. */
  public enum Kind {
    /** Envelope, at sign, mail: an email address follows. */
    EMAIL,
    /** Telephone handset: a phone number follows. */
    PHONE,
    /** Mobile phone: a (mobile) phone number follows. */
    MOBILE,
    /** Map pin, house: an address or a city follows. */
    LOCATION,
    /** Globe, link: a web site follows. */
    WEB,
    /** GitHub's octocat: a GitHub user name or URL follows. */
    GITHUB,
    /** GitLab's fox: a GitLab user name or URL follows. */
    GITLAB,
    /** LinkedIn's "in": a LinkedIn user name or URL follows. */
    LINKEDIN,
    /** Twitter's bird or X: a handle follows. */
    TWITTER,
    /** Stack Overflow's stack: a user name or URL follows. */
    STACKOVERFLOW,
    /** WeChat's bubbles: a WeChat id follows. */
    WECHAT,
    /** ORCID's iD: an ORCID identifier follows. */
    ORCID
  }

  public Cue {
    Objects.requireNonNull(kind, "kind");
    if (offset < 0) {
      throw new IllegalArgumentException("offset < 0: " + offset);
    }
  }
}
