"""Tokenizer, bilingual lexicon, and what a product's index entry is made of."""

from __future__ import annotations

from decimal import Decimal

from retrieval.documents import build_document
from retrieval.text import analyze, detect_language, stem
from tests.factories.catalog import make_product, make_sku


def test_english_normalisation_folds_case_and_plurals() -> None:
    assert analyze("Wireless EARBUDS").tokens == ["wireless", "earbud"]
    assert [stem(w) for w in ("batteries", "boxes", "glass", "cases")] == [
        "battery",
        "box",
        "glass",
        "case",
    ]


def test_chinese_is_segmented_and_lexicon_terms_stay_whole() -> None:
    tokens = analyze("透明手机壳").tokens
    assert "手机壳" in tokens and "透明" in tokens


def test_both_languages_meet_on_lexicon_concepts() -> None:
    def concepts(text: str) -> set[str]:
        return {c.token for c in analyze(text).concepts}

    assert concepts("wireless earbuds") & concepts("降噪蓝牙耳机")
    assert concepts("防晒") & concepts("SPF50 Sunscreen lotion")
    assert concepts("phone case") & concepts("手机保护套")
    # Colloquial and typo-ish variants share the concept of the proper word.
    assert concepts("蓝芽耳机") & concepts("蓝牙耳机")
    assert concepts("耳麦") & concepts("耳机")


def test_language_detection() -> None:
    assert detect_language("防晒 SPF50") == "zh"
    assert detect_language("sunscreen") == "en"
    assert detect_language("200", default="en") == "en"


def test_embedding_text_is_curated_not_the_description() -> None:
    product = make_product(
        title="降噪蓝牙耳机",
        description="关注主播领券！！！" * 50,
        skus=(make_sku(attributes={"颜色": "白色"}), make_sku(attributes={"颜色": "粉色"})),
    )
    doc = build_document(product, creator_name="小美爱分享")
    assert "关注主播领券" not in doc.embedding_text
    assert "earphones" in doc.embedding_text  # the other language's names for the product
    assert "颜色: 白色, 粉色" in doc.embedding_text
    assert "小美爱分享" in doc.embedding_text
    assert doc.zh_ratio > 0.9


def test_hashes_track_exactly_what_is_indexed() -> None:
    product = make_product(id="p-hash")
    base = build_document(product)
    cheaper = build_document(make_product(id="p-hash", price=Decimal("99.00")))
    retitled = build_document(make_product(id="p-hash", title="头戴式耳机"))
    same = build_document(make_product(id="p-hash"))
    assert same.content_hash == base.content_hash
    # A price change is metadata: new content hash, same embedding text.
    assert cheaper.content_hash != base.content_hash and cheaper.text_hash == base.text_hash
    assert retitled.text_hash != base.text_hash


def test_english_only_models_embed_only_what_they_can_read() -> None:
    zh = build_document(make_product(title="降噪蓝牙耳机 AirFree Pro"), english_only=True)
    assert "AirFree Pro" in zh.embedding_text and "earphones" in zh.embedding_text
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in zh.embedding_text)
    en = build_document(
        make_product(title="Wireless Earbuds", category="Electronics/Audio"), english_only=True
    )
    assert en.embedding_text.startswith("Wireless Earbuds")
    assert "Electronics > Audio" in en.embedding_text
