package dev.dartboard.export.blob;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FrontEndArithmetic;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The firmware computes float front ends only: a Q15 model gets no blob, with the reason, instead of a blob whose board features differ. */
class BlobQ15RefusalTest {
    @Test
    void q15ModelsAreRefusedWithTheReason() {
        FloatModel f = TestModels.dsCnnS(1, 12);
        FloatModel q = new FloatModel(f.name(), f.dataConfig().withArithmetic(FrontEndArithmetic.Q15), f.input(), f.ops(), f.labels());
        assertNull(BlobWriter.unsupported(DataConfig.defaults()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BlobWriter().write(TestModels.quantized(q)));
        assertTrue(e.getMessage().startsWith("mfcc-16k-w40-h20-m40-c10-l1000-q15: the model blob (firmware) has no q15 front end"), e.getMessage());
        new BlobWriter().write(TestModels.quantized(f));   // float: as before
    }
}
