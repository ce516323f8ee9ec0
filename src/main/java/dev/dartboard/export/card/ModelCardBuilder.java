package dev.dartboard.export.card;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dartboard.model.Budget;
import dev.dartboard.model.FloatModel;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.cost.KernelCycles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model card's content as one JSON-ready map ({@code model_card.json}; the Markdown renders the same
 * map). Sections: model, dataConfig, genotype, board, estimated (the cost model), measured (the built
 * library, with the error of the estimate in percent), accuracy (float from metrics.json, int8 from
 * quant.json, same split; estimated.instructions: per layer), confusion (both matrices, [true][predicted]), budget. Missing inputs are null.
 * Stateless.
 */
public final class ModelCardBuilder {

    public Map<String, Object> build(CardInputs in) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("model", model(in));
        card.put("dataConfig", dataConfig(in));
        card.put("genotype", in.genotype());
        card.put("board", Map.of("id", in.board().id(), "name", in.board().name(), "clockHz", in.board().clockHz()));
        card.put("estimated", estimated(in.costs(), in.floatModel()));
        card.put("measured", in.measured().map(m -> measured(m, in.costs())).orElse(null));
        card.put("accuracy", accuracy(in));
        card.put("operatingPoint", field(in.metrics(), "operatingPoint"));   // metrics.json's, null for older runs
        card.put("confusion", confusion(in));
        card.put("budget", budget(in));
        return card;
    }

    private static Map<String, Object> model(CardInputs in) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", in.quant().name());
        m.put("labels", in.quant().labels());
        m.put("parameters", in.floatModel().parameters());
        m.put("int8WeightBytes", in.quant().weightBytes());
        m.put("ops", in.quant().ops().size());
        m.put("macs", in.costs().macs());
        m.put("inputShape", in.quant().inputShape());
        return m;
    }

    private static Map<String, Object> dataConfig(CardInputs in) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", in.quant().dataConfig().id());
        m.put("config", in.quant().dataConfig());
        m.put("frames", in.quant().dataConfig().frames());
        m.put("features", in.quant().dataConfig().features());
        return m;
    }

    /** Library SRAM as the build measures it: arena + FFT and mel scratch (the streaming state is the sketch's). */
    static long librarySram(Costs c) {
        Map<String, Long> p = c.breakdown();
        return p.get("arena") + p.get("frontend.fftWork") + p.get("frontend.melWork");
    }

    private static Map<String, Object> estimated(Costs c, FloatModel fm) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("flashBytes", c.flashBytes());
        m.put("sramBytes", c.sramBytes());
        m.put("librarySramBytes", librarySram(c));
        m.put("latencyMs", c.latencyMs());
        m.put("cyclesFrontend", c.breakdown().get("cycles.frontend"));
        m.put("cyclesNetwork", c.breakdown().get("cycles.network"));
        m.put("breakdown", new java.util.TreeMap<>(c.breakdown()));
        m.put("instructions", instructions(fm));
        return m;
    }

    /**
     * The network's Cortex-M4 instructions per inference as the cost model estimates them (KernelCycles, one
     * instruction per cycle before the board's scaling): {@code network} = {@code perInference} + Σ
     * {@code layers[].instructions}; layers in the order of the library's kernel calls, so
     * {@code tools/qemu-m4-icount.sh ELF 1 ops} lists the measured counts in the same order.
     */
    static Map<String, Object> instructions(FloatModel fm) {
        List<KernelCycles.Layer> layers = KernelCycles.layers(fm);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (KernelCycles.Layer l : layers) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("op", l.op());
            r.put("kind", l.kind().name());
            r.put("kernel", l.kernel().name());
            r.put("macs", l.macs());
            r.put("instructions", l.instructions());
            rows.add(r);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("network", KernelCycles.networkInstructions(layers));
        m.put("perInference", Math.round(KernelCycles.PER_INFERENCE));
        m.put("layers", rows);
        return m;
    }

    private static Map<String, Object> measured(MeasuredSizes s, Costs c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("compiler", s.compiler());
        m.put("text", s.text());
        m.put("rodata", s.rodata());
        m.put("data", s.data());
        m.put("bss", s.bss());
        m.put("flashBytes", s.flashBytes());
        m.put("librarySramBytes", s.sramBytes());
        m.put("flashEstimateErrorPercent", 100.0 * (c.flashBytes() - s.flashBytes()) / s.flashBytes());
        m.put("sramEstimateErrorPercent", 100.0 * (librarySram(c) - s.sramBytes()) / s.sramBytes());
        return m;
    }

    private static Map<String, Object> accuracy(CardInputs in) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("split", field(in.metrics(), "split"));
        m.put("n", field(in.metrics(), "n"));
        m.put("float", field(in.metrics(), "accuracy"));
        m.put("int8", field(in.quantReport(), "int8Accuracy"));
        m.put("deltaPoints", field(in.quantReport(), "deltaPoints"));
        m.put("argmaxAgreement", field(in.quantReport(), "argmaxAgreement"));
        return m;
    }

    private static Map<String, Object> confusion(CardInputs in) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("labels", in.quant().labels());
        m.put("float", field(in.metrics(), "confusion"));
        m.put("int8", in.quantReport() == null ? null : field(in.quantReport().get("int8"), "confusion"));
        return m;
    }

    private static Map<String, Object> budget(CardInputs in) {
        Budget b = in.budget() != null ? in.budget() : in.board().asBudget();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", in.budget() != null ? "run" : "board " + in.board().id() + " (usable memory, real time)");
        m.put(Budget.SRAM, b.sramBytes());
        m.put(Budget.FLASH, b.flashBytes());
        m.put(Budget.LATENCY, b.latencyMs());
        m.put("fits", in.costs().fits(b));
        return m;
    }

    private static JsonNode field(JsonNode node, String name) {
        return node == null ? null : node.get(name);
    }
}
