/**
 * Fingerprinted release: keyed value and format marks, canaries, allocation and release manifests (issue 6).
 *
 * <p>Entry points for the release command: {@link org.tracemark.mark.ReleaseMarks} (a release's keyed choices, from
 * a {@link org.tracemark.mark.Prf} and a {@link org.tracemark.mark.MarkPolicy}), {@link org.tracemark.mark.Marker}
 * (a record's cells), {@link org.tracemark.mark.Allocation} (which records a partial release gets),
 * {@link org.tracemark.mark.CanaryGenerator} with {@link org.tracemark.mark.CommunityLayout} (fake owners), and
 * {@link org.tracemark.mark.ReleaseManifest} with {@link org.tracemark.mark.ManifestCodec} (what the store keeps).
 * Pure: no I/O, no static mutable state; parameters and results are non-null unless documented.
 */
package org.tracemark.mark;
