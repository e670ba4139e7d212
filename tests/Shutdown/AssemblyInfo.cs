// One cluster of processes at a time: they share the machine's two cores and PostgreSQL.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
