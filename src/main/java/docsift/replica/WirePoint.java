package docsift.replica;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.replicator.nrt.CopyState;
import org.apache.lucene.replicator.nrt.FileMetaData;

/**
 * One point in time of the primary's index as it travels to replicas (JSON; byte arrays as base64): Lucene's
 * {@link CopyState} without the live {@code SegmentInfos}, plus when it was published. Immutable.
 *
 * @param version            the point's {@code SegmentInfos} version; increases with every published point
 * @param gen                the {@code SegmentInfos} generation
 * @param primaryGen         identifies the primary process that published it (a restarted primary has a larger one)
 * @param infos              the serialised {@code SegmentInfos}
 * @param completedMergeFiles files of merges finished since the previous point
 * @param files              every file of the point, with what identifies its content
 * @param publishedAtMs      when the primary published it (epoch milliseconds), for the lag a replica reports
 */
public record WirePoint(long version, long gen, long primaryGen, byte[] infos, List<String> completedMergeFiles,
                        Map<String, WireFile> files, long publishedAtMs) {
    public WirePoint {
        completedMergeFiles = List.copyOf(completedMergeFiles);
        files = Map.copyOf(files);
    }

    /** What identifies one file's content: Lucene's codec header and footer, length and checksum. */
    public record WireFile(byte[] header, byte[] footer, long length, long checksum) {
    }

    static WirePoint of(CopyState state, long publishedAtMs) {
        Map<String, WireFile> files = new HashMap<>();
        state.files().forEach((name, meta) ->
                files.put(name, new WireFile(meta.header(), meta.footer(), meta.length(), meta.checksum())));
        return new WirePoint(state.version(), state.gen(), state.primaryGen(), state.infosBytes(),
                List.copyOf(state.completedMergeFiles()), files, publishedAtMs);
    }

    /** The copy state a replica's copy job works from (without live infos, as Lucene's own tests send it). */
    CopyState toCopyState() {
        return new CopyState(fileMetaData(), version, gen, infos, Set.copyOf(completedMergeFiles), primaryGen, null);
    }

    Map<String, FileMetaData> fileMetaData() {
        Map<String, FileMetaData> meta = new HashMap<>();
        files.forEach((name, f) -> meta.put(name, new FileMetaData(f.header(), f.footer(), f.length(), f.checksum())));
        return meta;
    }

    /** Total size of the point's files, in bytes. */
    public long bytes() {
        return files.values().stream().mapToLong(WireFile::length).sum();
    }
}
