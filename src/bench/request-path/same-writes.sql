-- pgbench transaction: the rows one new seller's assessment writes (seller, assessment with its JSON
-- facts and fired rules, 4 metric results), as one transaction, into scratch copies of the tables.
BEGIN;
INSERT INTO seller (id, seller_id, first_seen_at) VALUES (nextval('seller_seq'), 'PG-' || currval('seller_seq'), now());
INSERT INTO assessment (id, assessment_id, revision, seller_ref, program, period_start, period_end, assessed_on,
    decided_on, return_targets, input_facts, rule_set_version, fired_rules, created_at, created_by)
  VALUES (nextval('assessment_seq'), gen_random_uuid(), 1, currval('seller_seq'), 'fba-onsite', '2026-11-08', '2026-11-14', '2026-11-15',
    '2026-11-15', '{}'::jsonb, ('{"returns": [{"family": "CE", "shipped": 600, "returned": 9}, {"family": "OHL", "shipped": 400, "returned": 5}], "sellerId": "PG-' || currval('seller_seq') || '", "periodEnd": "2026-11-14", "assessedOn": null, "periodStart": "2026-11-08", "unitsShipped": 1000, "unitsCancelled": 1, "unitsLateHandover": 0, "unitsLateProcessed": 3}')::jsonb,
    'b90d3fe6fd3be7d9e9cb481a78376888774c402a16345a6322e50f6b8ddf450d',
    '["FBA Onsite penalty ladder", "FBA Onsite strikes count for 84 days", "FBA Onsite metric goals", "FBA Onsite customer returns goals by product family", "Assessment day defaults to the day after the period", "Returns of each product family are weighed by that family''s goal", "Late processing rate is units not processed by their expected ship date over units shipped", "Shipment cancellation rate is units cancelled by the seller over units shipped", "Late handover rate is units not handed over by their scheduled ship date over units shipped", "Customer returns rate is held against the store target weighted from the family goals", "Metric within its goal is met"]'::jsonb,
    now(), 'bench');
INSERT INTO metric_result (id, assessment_ref, position, metric, numerator, denominator, rate, goal, comparison, allowance, status)
  VALUES (nextval('metric_result_seq'), currval('assessment_seq'), 1, 'LATE_PROCESSING_RATE', 3, 1000, 0.003, 0.006, 'AT_MOST', 2, 'MET');
INSERT INTO metric_result (id, assessment_ref, position, metric, numerator, denominator, rate, goal, comparison, allowance, status)
  VALUES (nextval('metric_result_seq'), currval('assessment_seq'), 2, 'SHIPMENT_CANCELLATION_RATE', 1, 1000, 0.001, 0.004, 'AT_MOST', 1, 'MET');
INSERT INTO metric_result (id, assessment_ref, position, metric, numerator, denominator, rate, goal, comparison, allowance, status)
  VALUES (nextval('metric_result_seq'), currval('assessment_seq'), 3, 'LATE_HANDOVER_RATE', 0, 1000, 0, 0.006, 'AT_MOST', 2, 'MET');
INSERT INTO metric_result (id, assessment_ref, position, metric, numerator, denominator, rate, goal, comparison, allowance, status)
  VALUES (nextval('metric_result_seq'), currval('assessment_seq'), 4, 'CUSTOMER_RETURNS_RATE', 14, 1000, 0.014, 0.0172, 'AT_MOST', NULL, 'MET');
COMMIT;
