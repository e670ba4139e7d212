// One PostgreSQL server and one two-silo cluster serve the whole assembly; test classes run one
// after another so that schema re-application never overlaps a running cluster.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
