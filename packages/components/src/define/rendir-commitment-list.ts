import { defineElement } from '../platform/define.ts';
import { RendirCommitmentCard } from '../commitment-card/commitment-card.ts';
import { RendirCommitmentList } from '../commitment-card/commitment-list.ts';

// The list renders cards: one script tag must bring both.
defineElement('rendir-commitment-card', RendirCommitmentCard);
defineElement('rendir-commitment-list', RendirCommitmentList);

export { RendirCommitmentCard, RendirCommitmentList };
