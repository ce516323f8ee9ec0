package dev.dartboard.export.card;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dartboard.model.BoardProfile;
import dev.dartboard.model.Budget;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.Genotype;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.quant.QuantModel;

import java.util.Optional;

/**
 * Everything a model card states, gathered by the caller (the export command reads the run folder).
 *
 * @param genotype     the run's genotype.json, or null
 * @param metrics      the run's metrics.json (float accuracy, split, confusion), or null
 * @param quantReport  the run's quant.json (int8 accuracy), or null
 * @param budget       the run's budget, or null (the board's usable memory is reported instead)
 * @param costs        {@code CostModel.of(floatModel)} on {@code board}
 * @param measured     the Cortex-M4 build's sizes, empty without arm-none-eabi-gcc
 */
public record CardInputs(QuantModel quant, FloatModel floatModel, Genotype genotype, JsonNode metrics, JsonNode quantReport,
                         BoardProfile board, Budget budget, Costs costs, Optional<MeasuredSizes> measured) { }
