package dev.dartboard.nas.search;

import dev.dartboard.model.BoardProfile;
import dev.dartboard.model.Budget;
import dev.dartboard.model.SearchSpace;

import java.nio.file.Path;
import java.util.List;

/**
 * One search to run.
 *
 * @param data   data set root (GSC layout or folder per word)
 * @param run    output folder: genotype.json, events.jsonl, checkpoint/
 * @param space  what may be chosen
 * @param board  the target
 * @param budget limits the decoded model must meet
 * @param config the loop's settings
 * @param words  target words (empty: the data set's manifest or folders decide)
 * @param resume continue from {@code run/checkpoint} if one exists
 */
public record SearchRequest(Path data, Path run, SearchSpace space, BoardProfile board, Budget budget, SearchConfig config,
                            List<String> words, boolean resume) {
    public SearchRequest {
        words = List.copyOf(words);
    }
}
