extension Result {
    /// The error of a failed result, nil on success: tests compare it with `==`.
    public var failureValue: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}
