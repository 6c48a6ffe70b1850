"""The one person a clause acts on, where those who act are many or a body ("Opposition councillors
accused Finance Chair Rosalind Achter of stonewalling after she refused …", "Fans accused striker
Dmitri Volkov of disloyalty after he told reporters …"), is the one the "he" or "she" that follows
stands for: the many cannot be "she", and the person named before is out of view."""
import pytest

from said_by import speaker_of

ACTED_ON = [
 ("Mayor Ellen Price said the budget was sound. Opposition councillors accused Finance Chair Rosalind Achter of stonewalling after she refused to say whether the pool would close.", "whether the pool", "Rosalind Achter"),
 ("Coach Dan Price said the team had flown home. Fans accused striker Dmitri Volkov of disloyalty after he told reporters that he wanted to leave.", "wanted to leave", "Dmitri Volkov"),
 ("Governor Ruth Ames said the inquiry was over. Senators accused Commissioner Nadia Petrova of misleading them after she said the force had acted lawfully.", "acted lawfully", "Nadia Petrova"),
 ("Mr Ravi Shah said the firm was sound. Shareholders accused chief executive Arjun Mehta of hiding losses when he said the bank was safe.", "bank was safe", "Arjun Mehta"),
 ("Chief Obi Nwosu said the road would be rebuilt. Residents accused Governor Emeka Eze of neglect after he said the state had no money.", "had no money", "Emeka Eze"),
 ("Senator Ana Lopes said the audit was routine. The union accused minister Carla Duarte of bad faith after she announced that wages would be frozen.", "wages would be frozen", "Carla Duarte"),
 ("Trainer Sean Kelly said the horse was fit. Rival owners accused jockey Liam Doran of cheating after he admitted he had used the whip too often.", "used the whip", "Liam Doran"),
 ("Ms Yuki Sato said the plant was safe. Campaigners accused manager Hana Mori of a cover-up after she claimed the leak was minor.", "leak was minor", "Hana Mori"),
 # one who acts alone keeps the pronoun that follows
 ("John Reed said the vote was fixed. Tom Hale accused Mark Ross of lying, and he said the count was fair.", "count was fair", "Tom Hale"),
]


@pytest.mark.parametrize("text, words, who", ACTED_ON)
def test_the_pronoun_after_one_acted_on_by_many_is_that_one(text, words, who):
    assert speaker_of(text, words) == who
