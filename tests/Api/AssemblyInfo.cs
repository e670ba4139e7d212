// One Orleans silo serves the whole assembly; tests run one at a time against it.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
