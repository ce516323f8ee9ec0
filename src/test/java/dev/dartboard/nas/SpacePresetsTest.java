package dev.dartboard.nas;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.SearchSpace;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Presets, enumeration and stems onto the common grid, against hand-computed frame counts. */
class SpacePresetsTest {

    @Test
    void paperConfigsHaveTheHandCountedShapes() {
        List<DataConfig> p = SpacePresets.paperConfigs();
        assertEquals(8, Set.copyOf(p).size());
        // frames = 1 + (16000 − win) / hop: 400/100 → 157, 400/200 → 79, 640/160 → 97, 640/320 → 49
        assertEquals(List.of(157, 157, 79, 79, 97, 97, 49, 49), p.stream().map(DataConfig::frames).toList());
        assertEquals(List.of(400, 400, 400, 400, 640, 640, 640, 640), p.stream().map(DataConfig::winSamples).toList());
        assertEquals(List.of(100, 100, 200, 200, 160, 160, 320, 320), p.stream().map(DataConfig::hopSamples).toList());
        assertEquals(List.of(40, 80, 40, 80, 40, 80, 40, 80), p.stream().map(DataConfig::features).toList());
    }

    @Test
    void everyPaperStemLandsOnTheHalvedSmallestGrid() {
        SupernetSpec spec = SupernetSpec.of(SpacePresets.named("paper8", 8), 3, false);
        assertEquals(25, spec.gridH());   // ceil(49 / 2)
        assertEquals(20, spec.gridW());   // ceil(40 / 2)
        // 157 frames: the peer rule (stride 7, kernel 3, pad 1) gives 23; the search finds stride 6, kernel 8, pad 0
        StemSpec s = spec.stems().get(0);
        assertEquals(List.of(6, 8, 0), List.of(s.sH(), s.kH(), s.pH()));
        assertEquals(25, (157 - 8) / 6 + 1);
    }

    @Test
    void defaultSpaceEnumeratesAllThirtyTwoAndThinsEvenlyAcrossKinds() {
        assertEquals(32, DataSpaces.enumerate(SpacePresets.defaultDataSpace()).size());
        List<DataConfig> eight = DataSpaces.select(SpacePresets.defaultDataSpace(), 8);
        assertEquals(8, Set.copyOf(eight).size());
        assertEquals(Set.of("8000/MFCC", "8000/LOG_MEL", "16000/MFCC", "16000/LOG_MEL"),
                eight.stream().map(d -> d.sampleRate() + "/" + d.type()).collect(Collectors.toSet()));
        assertEquals(2, eight.stream().filter(d -> d.sampleRate() == 8000 && d.type() == FeatureType.MFCC).count());
        assertEquals(32, DataSpaces.select(SpacePresets.defaultDataSpace(), 100).size());
        for (int n = 1; n <= 32; n++) assertEquals(n, DataSpaces.select(SpacePresets.defaultDataSpace(), n).size(), "n = " + n);
        // the classic 16 kHz 40 ms / 20 ms MFCC front end is kept, and every window, hop and mel option appears
        assertTrue(eight.contains(DataConfig.defaults()), eight.toString());
        assertEquals(Set.of(25.0, 40.0), eight.stream().map(DataConfig::windowMs).collect(Collectors.toSet()));
        assertEquals(Set.of(10.0, 20.0), eight.stream().map(DataConfig::hopMs).collect(Collectors.toSet()));
        assertEquals(Set.of(20, 40), eight.stream().map(DataConfig::melBins).collect(Collectors.toSet()));
        SearchSpace space = SpacePresets.named("default", 8);
        SupernetSpec spec = SupernetSpec.of(space, 3, false);
        for (StemSpec st : spec.stems()) assertEquals(List.of(spec.gridH(), spec.gridW()), List.of(st.outH(), st.outW()));
    }

    @Test
    void unknownPresetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SpacePresets.named("nope", 8));
    }
}
