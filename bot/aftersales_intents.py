"""After-sales in words: "我要退货", "耳机坏了怎么办", "人工客服", "I want to return my order".

Deliberately narrow: a question about a product's return policy ("这个支持七天无理由吗",
"can this be returned?") is a product question the Q&A answers from the product's data, not
a request to return something."""

from __future__ import annotations

import re

_SUPPORT = re.compile(
    r"(人工客服|转人工|找客服|联系客服|真人客服|人工服务|客服在吗|我要投诉|投诉|"
    r"\b(?:human|live|real) agent\b|\breal person\b|customer (?:service|support)|"
    r"(?:talk|speak|chat) (?:to|with) (?:a )?(?:person|human|someone|agent))",
    re.IGNORECASE,
)
_RETURN_ZH = re.compile(
    r"(我要|我想|想要|申请|怎么|如何|帮我)?(退货|退款|换货|售后|退掉|退了)|"
    r"(坏了|破了|裂了|碎了|漏了|有质量问题|质量有问题|不能用了?|用不了|发错|少发|少了一件)"
)
_RETURN_EN = re.compile(
    r"\b(i (?:want|would like|need) (?:to )?(?:return|a refund|an exchange|refund|exchange)|"
    r"return (?:my|the|this|it|an?) ?(?:order|item|purchase)?|refund (?:my|for)|"
    r"exchange (?:my|it|this)|(?:is|arrived|came|it's|its) (?:broken|damaged|defective)|"
    r"stopped working|doesn'?t work|wrong item)\b",
    re.IGNORECASE,
)
_POLICY = re.compile(
    r"(吗|么[？?]?$|政策|支持.{0,6}无理由|policy|\bcan (?:this|it|these) be\b)", re.IGNORECASE
)


_FILLER = re.compile(
    r"(\bplease\b|\bpls\b|\bi want to\b|\bcan i\b|请|我要|我想|谢谢|一下|帮我)", re.I
)


def support_intent(text: str) -> str | None:
    """None: not asking for a person. "": just asking. Else what they said besides."""
    match = _SUPPORT.search(text)
    if match is None:
        return None
    rest = _FILLER.sub(" ", text[: match.start()] + " " + text[match.end() :])
    rest = rest.strip(" ,，。.!！?？:：")
    return rest if len(rest) >= 4 else ""


def return_intent(text: str) -> bool:
    """An after-sales request for something bought (not a question about a policy)."""
    if _POLICY.search(text) and not re.search(
        r"(我要|我想|申请|怎么办|咋办|i want|my order)", text, re.I
    ):
        return False
    return bool(_RETURN_ZH.search(text) or _RETURN_EN.search(text))
