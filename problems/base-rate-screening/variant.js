// One variant of the screening problem: prevalence, recall, specificity and volume drawn from rng; every answer
// computed from the same numbers (Bayes' rule), so the key always matches what the student sees.
//
// Values: the numbers shown (as the statement prints them) and answer_* / wrong_* for answers.yaml.
function variant(rng) {
  // Percentages with at most one decimal, in ranges that keep the lesson: rare positives, good-looking rates.
  const prevalence = rng.pick([0.2, 0.5, 1, 2, 3, 5]) / 100;
  const recall = rng.int(70, 98) / 100;
  const specificity = rng.int(900, 995) / 1000;
  const volume = rng.pick([10000, 20000, 50000, 100000, 200000]);

  const tp = prevalence * recall;                      // P(fraud and flagged)
  const fp = (1 - prevalence) * (1 - specificity);     // P(legitimate and flagged)
  const fn = prevalence * (1 - recall);                // P(fraud and not flagged)
  const tn = (1 - prevalence) * specificity;           // P(legitimate and not flagged)
  const flagged = tp + fp;
  const precision = tp / flagged;
  const omission = fn / (fn + tn);

  const pct = (x) => String(Math.round(x * 1000) / 10);   // 0.025 -> "2.5"
  const r = (x) => Number(x.toPrecision(10));
  return {
    prevalence_pct: pct(prevalence),
    recall_pct: pct(recall),
    specificity_pct: pct(specificity),
    volume: volume,
    volume_text: String(volume).replace(/\B(?=(\d{3})+(?!\d))/g, ','),

    answer_flagged: r(flagged),
    answer_precision: r(precision),
    answer_false_positives: r(fp * volume),
    answer_omission: r(omission),
    // (e): with rare fraud, most flags are false alarms unless specificity is very high.
    answer_claim: precision < 0.5
      ? 'Most flags are false alarms: fraud is rare, so the few legitimate transactions flagged outnumber the frauds caught'
      : 'Most flags are fraud here, but only because prevalence and specificity are high enough; specificity alone does not say so',

    // Mistakes students make, each different from the answer for every variant drawn.
    wrong_flagged_recall: r(prevalence * recall),            // only the true positives
    wrong_flagged_fpr: r(1 - specificity),                   // only the false positive rate
    wrong_precision_recall: r(recall),                       // confusing precision with recall
    wrong_precision_spec: r(specificity),                    // "specificity says it"
    wrong_precision_noprior: r(recall / (recall + (1 - specificity))), // ignoring the base rate
    wrong_fp_all_flags: r(flagged * volume),                 // all flags, not only false ones
    wrong_omission_fnr: r(1 - recall),                       // the miss rate instead
    wrong_omission_prev: r(prevalence),                      // the base rate unchanged
  };
}
