"""Text classification for feedback items: normalisation, language, scikit-learn pipelines.

Nothing here imports scikit-learn at module level except ``classifiers.pipeline``
and the modules that train or load models; the window's start-up must never
wait for it (see DESIGN.md).
"""
