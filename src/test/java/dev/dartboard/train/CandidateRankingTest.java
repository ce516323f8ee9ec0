package dev.dartboard.train;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Short training runs on the real samples/ tell a capable network from a starved one. */
class CandidateRankingTest {

    @Test
    void aNetworkWithOneChannelRanksBelowARealOneAndScoresAreItsOwnValidationAccuracy() throws Exception {
        // One stem channel through global average pooling leaves the classifier a single number per clip:
        // it cannot separate samples/' classes as a 16-channel network can.
        Genotype starved = new Genotype("starved", DataConfig.defaults(), new Genotype.Stem(1, 3, 3, 2, 2),
                List.of(new Genotype.Layer(Primitive.MAX_POOL_3X3, 1, 1)));
        Genotype capable = new Genotype("capable", DataConfig.defaults(), new Genotype.Stem(16, 3, 3, 2, 2),
                List.of(new Genotype.Layer(Primitive.DW_SEP_3X3, 16, 1), new Genotype.Layer(Primitive.DW_SEP_3X3, 16, 1)));
        TrainConfig cfg = TrainConfig.defaults(2, 3).withPatience(2);
        List<String> lines = new ArrayList<>();
        List<CandidateRanking.Score> scores = new CandidateRanking(SamplesData.preparer()).rank(SamplesData.SAMPLES, List.of(),
                List.of(new CandidateRanking.Candidate(7, starved), new CandidateRanking.Candidate(9, capable)), cfg, lines::add);
        assertEquals(List.of(9, 7), scores.stream().map(CandidateRanking.Score::id).toList(), scores.toString());
        assertTrue(scores.get(0).valAccuracy() > scores.get(1).valAccuracy());
        assertEquals(2, lines.size());
        // the score is the best validation accuracy of the same training run done directly
        TrainResult direct = new Trainer(cfg, TrainListener.NONE).train(starved, SamplesData.get());
        assertEquals(direct.history().stream().mapToDouble(EpochStats::valAccuracy).max().orElseThrow(), scores.get(1).valAccuracy(), 1e-9);
    }
}
