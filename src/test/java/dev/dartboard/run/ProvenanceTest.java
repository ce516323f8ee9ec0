package dev.dartboard.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** provenance.json: hashes against java.security's SHA-256 of known text, the chain checked end to end. */
class ProvenanceTest {
    @TempDir Path dir;

    @Test
    void sha256OfAbcIsTheFips180Example() throws Exception {
        Path f = Files.writeString(dir.resolve("abc"), "abc");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Provenance.sha256(f));
        assertEquals(32, HexFormat.of().parseHex(Provenance.sha256(f)).length);
    }

    @Test
    void aChangeAnywhereUpTheChainRefusesTheFileAtTheEndNamingBoth() throws Exception {
        RunFolder run = RunFolder.of(dir);
        Files.writeString(run.genotype(), "g1");
        Files.writeString(run.floatModel(), "float1");
        Files.writeString(run.int8Model(), "int8-1");
        Files.writeString(run.blob(), "blob1");
        Provenance p = run.provenance();
        p.record(run.floatModel(), List.of(run.genotype()));
        p.record(run.int8Model(), List.of(run.floatModel()));
        p.record(run.blob(), List.of(run.int8Model()));
        p.verify(run.blob());
        assertEquals(List.of(run.int8Model().normalize()), p.inputs(run.blob()));

        Files.writeString(run.floatModel(), "float2");   // retrained behind the int8 model's back
        var e = assertThrows(Provenance.StaleFileException.class, () -> p.verify(run.blob()));
        assertTrue(e.getMessage().contains(run.int8Model() + " was made from " + run.floatModel() + ", which has changed since"), e.getMessage());
        assertThrows(Provenance.StaleFileException.class, () -> p.verify(run.int8Model()));
        p.record(run.floatModel(), List.of(run.genotype()));
        assertThrows(Provenance.StaleFileException.class, () -> p.verify(run.int8Model()), "its input still differs");

        Files.writeString(run.blob(), "blob2");   // edited in place
        e = assertThrows(Provenance.StaleFileException.class, () -> p.verify(run.blob()));
        assertTrue(e.getMessage().contains(run.blob() + " was changed after Dartboard wrote it"), e.getMessage());
    }

    @Test
    void filesWithoutAnEntryAreAcceptedAndForgottenEntriesStopChecking() throws Exception {
        RunFolder run = RunFolder.of(dir);
        Files.writeString(run.floatModel(), "legacy");
        run.provenance().verify(run.floatModel());   // a run from before provenance.json
        Files.writeString(run.int8Model(), "q");
        run.provenance().record(run.int8Model(), List.of(run.floatModel()));
        Files.writeString(run.floatModel(), "new");
        assertThrows(Provenance.StaleFileException.class, () -> run.provenance().verify(run.int8Model()));
        run.provenance().forget(List.of(run.int8Model()));
        run.provenance().verify(run.int8Model());
    }

    @Test
    void inputsOutsideTheFolderAreRecordedRelatively() throws Exception {
        Path exportDir = Files.createDirectories(dir.resolve("export"));
        Path int8 = Files.writeString(dir.resolve(RunFolder.INT8_MODEL), "q");
        Path tflite = Files.writeString(exportDir.resolve("model.tflite"), "t");
        Provenance p = new Provenance(exportDir);
        p.record(tflite, List.of(int8));
        assertTrue(Files.readString(exportDir.resolve(Provenance.FILE)).contains("\"../model.int8.json\""));
        p.verify(tflite);
        Files.writeString(int8, "q2");
        assertThrows(Provenance.StaleFileException.class, () -> p.verify(tflite));
    }

    @Test
    void clearDeletesEveryDartboardFileButTheLockAndForeignFiles() throws Exception {
        RunFolder run = RunFolder.of(dir);
        Files.writeString(run.genotype(), "g");
        Files.createDirectories(run.checkpoint()).resolve("x").toFile().createNewFile();
        Files.createDirectories(run.export().resolve("c"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.writeString(dir.resolve(RunLock.FILE), "");
        assertEquals(3, run.clear().size());
        assertEquals(List.of(), run.present());
        assertTrue(Files.exists(dir.resolve("notes.txt")) && Files.exists(dir.resolve(RunLock.FILE)));
    }
}
