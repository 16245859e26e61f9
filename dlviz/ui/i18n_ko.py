"""The Korean translations, as a dict of English source -> Korean, written into
resources/i18n/dlviz_ko.ts (then compiled by dlviz.ui.i18n_update).

    python -m dlviz.ui.i18n_ko    # update the .ts from the sources, fill it from KO, compile

Terms follow the course (학습률, 배치 크기, 에포크, 은닉층, 활성화 함수, 기울기 소실, 과적합,
드롭아웃, 옵티마이저, 소프트맥스, 교차 엔트로피, 퍼셉트론, 결정 경계, 손실, 정확도, 검증, 가중치,
편향, 뉴런, 모멘텀, 데이터셋, 노이즈; training is always 학습). Proper names (Adam, ReLU, GELU,
SGD, RMSprop, CSV, PNG, ...) stay as they are; every {placeholder} is kept exactly (checked).
A source in several contexts gets the same Korean; ``BY_CONTEXT`` overrides it for one context.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from . import i18n_update as update_translations

KO: dict[str, str] = {
    # -- the control panel ---------------------------------------------------------------------
    "Data": "데이터",
    "Network": "신경망",
    "Training": "학습",
    "Regularisation": "규제",
    "Show or hide this group of settings.": "이 설정 묶음을 펼치거나 접습니다.",
    "A change applies from the next step.": "바꾸면 다음 스텝부터 적용됩니다.",
    "A change starts a new run.": "바꾸면 새 실행을 시작합니다.",
    "Dataset": "데이터셋",
    "Which toy problem the network learns. Hover over an entry in the list to see what makes it easy or hard.":
        "신경망이 학습할 예제 문제입니다. 목록의 항목에 마우스를 올리면 무엇이 쉽고 어려운지 볼 수 있습니다.",
    "Stop using the CSV file and go back to the generated dataset.":
        "CSV 파일 대신 생성된 데이터셋으로 돌아갑니다.",
    "CSV file": "CSV 파일",
    "Samples": "샘플 수",
    "How many points are generated. More points show the pattern more clearly but make every epoch slower.":
        "생성할 점의 개수입니다. 많을수록 패턴이 뚜렷하지만 에포크마다 느려집니다.",
    "Noise": "노이즈",
    "How far points scatter from the clean shape. More noise blurs the boundary and tempts the network to memorise.":
        "점이 깨끗한 모양에서 흩어지는 정도입니다. 노이즈가 크면 경계가 흐려지고 신경망이 데이터를 외우기 쉽습니다.",
    "Classes": "클래스 수",
    "How many classes (colours) the dataset has. More classes make the problem harder.":
        "데이터셋의 클래스(색) 개수입니다. 클래스가 많을수록 문제가 어려워집니다.",
    "Validation": "검증 비율",
    "The share of points held back to test the network on data it never trains on. Validation loss rising while training loss falls means overfitting.":
        "학습에 쓰지 않고 떼어 두어 신경망을 시험하는 점의 비율입니다. 학습 손실은 줄어드는데 검증 손실이 오르면 과적합입니다.",
    "Features": "입력 특성",
    "What the network gets as input. Extra features such as x₁² or sin(πx₁) let even a tiny network draw a curved boundary.":
        "신경망이 입력으로 받는 값입니다. x₁²나 sin(πx₁) 같은 특성을 더하면 아주 작은 신경망도 굽은 경계를 그립니다.",
    "Seed": "시드",
    "The random seed for the data, the validation split and the starting weights. The same seed and settings give the same run.":
        "데이터, 검증 분할, 초기 가중치를 정하는 난수 시드입니다. 시드와 설정이 같으면 같은 실행이 나옵니다.",
    "Regenerate": "다시 생성",
    "Draw new random data and new starting weights by picking a new seed.":
        "새 시드를 골라 새 데이터와 새 초기 가중치를 만듭니다.",
    "Load CSV…": "CSV 불러오기…",
    "Train on your own points: a CSV file with columns x1, x2 and label.":
        "내 데이터로 학습합니다: x1, x2, 클래스 이름의 세 열로 된 CSV 파일.",
    "Hidden layers": "은닉층 수",
    "How many hidden layers the network has. With 0 it can only draw a straight boundary; each layer lets it bend the boundary further.":
        "신경망의 은닉층 개수입니다. 0이면 직선 경계만 그릴 수 있고, 층이 늘 때마다 경계를 더 구부릴 수 있습니다.",
    "Neurons": "뉴런 수",
    "How many units each hidden layer has. More units can fit finer detail but train slower and can overfit.":
        "은닉층마다 있는 뉴런 수입니다. 많을수록 세밀하게 맞출 수 있지만 학습이 느리고 과적합될 수 있습니다.",
    "Activation": "활성화 함수",
    "The function each hidden unit applies to its weighted sum. It decides which shapes the network can build and how well gradients flow back.":
        "각 은닉 뉴런이 가중합에 적용하는 함수입니다. 신경망이 만들 수 있는 모양과 기울기가 얼마나 잘 전달되는지를 정합니다.",
    "Initialisation": "가중치 초기화",
    "How the starting weights are drawn. A bad scale makes signals vanish or explode before learning starts.":
        "초기 가중치를 뽑는 방법입니다. 크기가 맞지 않으면 학습 전부터 신호가 사라지거나 폭발합니다.",
    "Optimizer": "옵티마이저",
    "The rule that turns gradients into weight updates. Momentum and Adam usually get there faster than plain SGD.":
        "기울기로 가중치를 갱신하는 규칙입니다. 보통 모멘텀과 Adam이 기본 SGD보다 빨리 도달합니다.",
    "Learning rate": "학습률",
    "How big a step each update takes. Too small and learning crawls; too large and the loss jumps around or blows up.":
        "한 번 갱신할 때의 보폭입니다. 너무 작으면 학습이 더디고, 너무 크면 손실이 튀거나 발산합니다.",
    "Schedule": "학습률 스케줄",
    "How the learning rate changes during training. Lowering it later lets the network settle into a minimum.":
        "학습 중에 학습률이 바뀌는 방식입니다. 나중에 낮추면 신경망이 최솟값에 자리 잡습니다.",
    "Batch size": "배치 크기",
    "How many training points each update looks at. Small batches take many quick, noisy steps; large batches take fewer, smoother ones.":
        "한 번 갱신할 때 보는 학습 점의 수입니다. 작은 배치는 빠르고 잡음 많은 스텝을 많이, 큰 배치는 매끄러운 스텝을 적게 밟습니다.",
    "Epochs": "에포크",
    'How many passes over the training data to make. "Until paused" trains until you press Pause.':
        "학습 데이터를 몇 번 훑을지 정합니다. '멈출 때까지'는 일시정지를 누를 때까지 학습합니다.",
    "Dropout": "드롭아웃",
    "The share of hidden units switched off at random in each training step. It fights overfitting but makes the training loss noisier.":
        "학습 스텝마다 무작위로 끄는 은닉 뉴런의 비율입니다. 과적합을 막지만 학습 손실이 더 출렁입니다.",
    "Weight decay": "가중치 감쇠",
    "An L2 penalty that pulls every weight towards zero, for smoother boundaries and less overfitting. Too much and the network underfits.":
        "모든 가중치를 0 쪽으로 당기는 L2 페널티입니다. 경계가 매끄러워지고 과적합이 줄지만, 지나치면 과소적합됩니다.",
    "L1 penalty": "L1 페널티",
    "An L1 penalty that pushes small weights to exactly zero, leaving a sparser network. Too much and the network underfits.":
        "작은 가중치를 정확히 0으로 만드는 L1 페널티로, 더 희소한 신경망이 됩니다. 지나치면 과소적합됩니다.",
    "Not used while a CSV file is loaded.": "CSV 파일을 쓰는 동안에는 쓰이지 않습니다.",
    "The {name} dataset always has 2 classes.": "{name} 데이터셋은 항상 클래스가 2개입니다.",
    "There are no hidden layers: set Hidden layers to 1 or more.": "은닉층이 없습니다: 은닉층 수를 1 이상으로 하세요.",
    "until paused": "멈출 때까지",
    "The hidden layer whose pre-activations the lower plot shows": "아래 그래프에 활성화 전 값을 보여 줄 은닉층",
    "Pre-activations of:": "활성화 전 값:",
    "Layer {n}": "{n}층",
    "off": "끔",
    # -- the main window -----------------------------------------------------------------------
    "dlviz — watch a neural network learn": "dlviz — 신경망이 배우는 모습 보기",
    "One thinned network (a dropout mask)": "솎아 낸 신경망 하나 (드롭아웃 마스크)",
    "Show validation points": "검증 점 보이기",
    "Points held out from training, drawn as hollow triangles.": "학습에서 뺀 점으로, 속이 빈 삼각형으로 그립니다.",
    "Compare with a thinned network": "솎아 낸 신경망과 비교",
    "With dropout, training sees a different thinned network at every step. Shows the one this mini-batch's first sample saw (its dropout mask) below the full network used for evaluation.":
        "드롭아웃을 쓰면 학습은 스텝마다 다른 솎아 낸 신경망을 봅니다. 이 미니배치의 첫 샘플이 본 신경망(드롭아웃 마스크)을 평가에 쓰는 전체 신경망 아래에 보여 줍니다.",
    "Cannot load CSV": "CSV를 불러올 수 없음",
    "Saved settings were unreadable and have been reset.": "저장된 설정을 읽을 수 없어 초기화했습니다.",
    "Pause": "일시정지",
    "Play": "재생",
    "Training stopped": "학습 중단됨",
    "The training process is not responding.": "학습 프로세스가 응답하지 않습니다.",
    "Restart training": "학습 다시 시작",
    "Full network (evaluation)": "전체 신경망 (평가)",
    "Decision regions": "결정 경계",
    "Load a CSV dataset": "CSV 데이터셋 불러오기",
    "CSV files (*.csv *.txt);;All files (*)": "CSV 파일 (*.csv *.txt);;모든 파일 (*)",
    "Loading {name}… (Esc cancels)": "{name} 불러오는 중… (Esc로 취소)",
    "Export plots into folder": "그래프를 내보낼 폴더",
    "Export scale": "내보내기 배율",
    "Image scale (2× suits slides):": "이미지 배율 (발표 자료에는 2×):",
    "Export failed": "내보내기 실패",
    "Wrote {n} PNG files to {folder}": "PNG 파일 {n}개를 {folder}에 저장했습니다",
    # -- the controller: status text ------------------------------------------------------------
    "ready": "준비",
    "training": "학습 중",
    "paused": "일시정지됨",
    "finished": "완료",
    "diverged": "발산",
    "{run} (diverged)": "{run} (발산)",
    "error": "오류",
    "diverged at step {n}": "{n} 스텝에서 발산",
    # a comparison's run, named by its setting ("0 hidden layers" on a tile, not a bare "0")
    "{v} hidden layers": "은닉층 {v}개",
    "{v} units": "뉴런 {v}개",
    "dropout {v}": "드롭아웃 {v}",
    "lr {v}": "학습률 {v}",
    "batch {v}": "배치 {v}",
    "{v} epochs": "{v} 에포크",
    "{v} points": "점 {v}개",
    "noise {v}": "노이즈 {v}",
    "{v} classes": "클래스 {v}개",
    "validation {v}": "검증 {v}",
    "L2 {v}": "L2 {v}",
    "L1 {v}": "L1 {v}",
    "seed {v}": "시드 {v}",
    "slope {v}": "기울기 {v}",
    "ELU α {v}": "ELU α {v}",
    "momentum {v}": "모멘텀 {v}",
    "β1 {v}": "β1 {v}",
    "β2 {v}": "β2 {v}",
    "decay {v}": "감쇠 {v}",
    "decay every {v}": "{v} 에포크마다 감쇠",
    "warm-up {v}": "워밍업 {v}",
    "{v} schedule": "{v} 스케줄",
    "1 hidden layer": "은닉층 1개",
    "1 unit": "뉴런 1개",
    "1 epoch": "1 에포크",
    "error: {msg}": "오류: {msg}",
    "epoch 0": "에포크 0",
    "step 0": "스텝 0",
    "epoch {n}": "에포크 {n}",
    "step {n}": "스텝 {n}",
    "{r} steps/s": "초당 {r} 스텝",
    "train loss {v}": "학습 손실 {v}",
    "accuracy {v}%": "정확도 {v}%",
    "val loss {v}": "검증 손실 {v}",
    "lr {v}": "학습률 {v}",
    "{label} · epoch {n}": "{label} · 에포크 {n}",
    "{act}, {opt}, lr {lr} · epoch {n}": "{act}, {opt}, 학습률 {lr} · 에포크 {n}",
    "Nothing to pin yet: the run has no frame.": "아직 고정할 것이 없습니다: 실행에 프레임이 없습니다.",
    "At most {n} pinned runs: remove one first.": "고정한 실행은 최대 {n}개입니다: 먼저 하나를 지우세요.",
    "The pinned run has the current settings: press Reset to train it again.":
        "고정한 실행의 설정이 지금과 같습니다: 다시 학습하려면 초기화를 누르세요.",
    "The pinned run differs in {keys}: a comparison varies one or two settings.":
        "고정한 실행은 {keys}이(가) 다릅니다: 비교는 설정 한두 개만 바꿉니다.",
    "Nothing to save: no run is training.": "저장할 것이 없습니다: 학습 중인 실행이 없습니다.",
    "{path}: window.json does not fit its runs ({e})": "{path}: window.json이 실행과 맞지 않습니다 ({e})",
    "This run has ended: press Reset or change a setting.": "이 실행은 끝났습니다: 초기화를 누르거나 설정을 바꾸세요.",
    "The watch speed must be a number of epochs per second above 0, got {value}":
        "보기 속도는 초당 에포크 수로 0보다 커야 합니다 (받은 값: {value})",
    "no landscape was computed": "손실 지형이 계산되지 않았습니다",
    " — press Play to start a new one": " — 재생을 누르면 새로 시작합니다",
    # -- the worker ----------------------------------------------------------------------------
    "it closed its pipe": "파이프가 닫혔습니다",
    "killed by signal {0} ({1})": "신호 {0}({1})로 종료됨",
    "exit code {0}": "종료 코드 {0}",
    "the training worker failed: {0}": "학습 작업자 오류: {0}",
    "the training process did not start: it sent nothing in {0:.0f} s": "학습 프로세스가 시작되지 않았습니다: {0:.0f}초 동안 응답이 없습니다",
    "training process not responding (silent for {0:.0f} s)": "학습 프로세스 응답 없음 ({0:.0f}초째 조용함)",
    "it is gone": "프로세스가 사라졌습니다",
    "the training process stopped unexpectedly ({0})": "학습 프로세스가 갑자기 멈췄습니다 ({0})",
    "the training process was restarted": "학습 프로세스를 다시 시작했습니다",
    "could not start the training process: {0}": "학습 프로세스를 시작할 수 없습니다: {0}",
    # -- compare -------------------------------------------------------------------------------
    "Compare runs": "실행 비교",
    "(none)": "(없음)",
    "2 to 4 values, separated by commas": "값 2~4개, 쉼표로 구분",
    "Vary": "바꿀 설정",
    "and": "그리고",
    "Values": "값",
    "Every other setting, the seed included, is the same in every run.": "시드를 포함한 나머지 설정은 모든 실행에서 같습니다.",
    "Choices: {c}": "선택지: {c}",
    "{v}% val": "검증 {v}%",
    "Curves": "곡선",
    "Summary": "요약",
    "Comparison": "비교",
    "Compare…": "비교…",
    "Train 2 to 4 runs that differ in one setting, side by side": "설정 하나만 다른 실행 2~4개를 나란히 학습합니다",
    "Stop comparing": "비교 끝내기",
    "Compared: {values}. Change them in Train ▸ Compare…": "비교 중: {values}. 학습 ▸ 비교…에서 바꾸세요",
    "train loss": "학습 손실",
    "train acc %": "학습 정확도 %",
    "val loss": "검증 손실",
    "val acc %": "검증 정확도 %",
    "best val epoch": "최고 검증 에포크",
    "steps/s": "스텝/초",
    "diverged at": "발산 시점",
    "run": "실행",
    # -- i18n ----------------------------------------------------------------------------------
    "Language": "언어",
    # -- layouts -------------------------------------------------------------------------------
    "&View": "보기(&V)",
    "Loss and accuracy": "손실과 정확도",
    "Gradient flow": "기울기 흐름",
    "Weights and biases": "가중치와 편향",
    "Weights": "가중치",
    "Dropout masks": "드롭아웃 마스크",
    "max": "최대",
    "1 epoch/s": "초당 1 에포크",
    "{n} epochs/s": "초당 {n} 에포크",
    "How fast training runs: slow enough to watch the boundary form, or as fast as it goes":
        "학습 속도: 경계가 만들어지는 모습을 볼 만큼 느리게, 또는 가능한 한 빠르게",
    "Log scale": "로그 눈금",
    "Show the loss on a logarithmic axis: small late improvements become visible.":
        "손실을 로그 축으로 보여 줍니다: 후반의 작은 개선도 보입니다.",
    "Smooths the noisy per-step loss (a running average); 0 shows it raw.":
        "출렁이는 스텝별 손실을 이동 평균으로 부드럽게 합니다. 0이면 그대로 보여 줍니다.",
    "Smoothing": "평활화",
    "Hyperparameters": "하이퍼파라미터",
    "Start or pause training": "학습 시작 또는 일시정지",
    "Step epoch": "한 에포크",
    "Train exactly one epoch": "정확히 한 에포크만 학습합니다",
    "Reset": "초기화",
    "Fresh weights, empty curves, same settings": "새 가중치, 빈 곡선, 같은 설정",
    "&File": "파일(&F)",
    "Cancel loading": "불러오기 취소",
    "Export plots as PNG…": "그래프를 PNG로 내보내기…",
    "Export history as CSV…": "기록을 CSV로 내보내기…",
    "Quit": "종료",
    "&Train": "학습(&T)",
    "Watch speed": "보기 속도",
    "Compact layout (tabs)": "좁은 배치 (탭)",
    "Every view at once": "모든 보기를 한 번에",
    # -- export --------------------------------------------------------------------------------
    # -- the optimizer paths lab ---------------------------------------------------------------
    "{name}, lr {lr}": "{name}, 학습률 {lr}",
    ", λ {wd}": ", λ {wd}",
    "f − f_min (log scale)": "f − f_min (로그 눈금)",
    "f": "f",
    "{label}: diverged at step {step}": "{label}: {step} 스텝에서 발산",
    "Optimizer paths lab": "옵티마이저 경로 실험실",
    "The function the optimizers minimise, in its textbook form": "옵티마이저가 최소화하는 함수 (교과서 형태)",
    "Surface": "함수",
    "How many steps each optimizer takes": "옵티마이저마다 밟을 스텝 수",
    "Steps": "스텝 수",
    "Optimizers": "옵티마이저",
    "learning rate": "학습률",
    "Learning rate of {name} on this surface": "이 함수에서 {name}의 학습률",
    "Animate the paths, a few steps per frame": "경로를 움직여 보여 줍니다 (프레임마다 몇 스텝씩)",
    "Back to step 0": "스텝 0으로 되돌리기",
    "Click the plane to start every path there. ★ marks a minimum, ✕ a saddle point; the white dot is the start.":
        "평면을 클릭하면 모든 경로가 거기서 출발합니다. ★는 최솟값, ✕는 안장점, 흰 점은 출발점입니다.",
    "the learning rate must be a positive number": "학습률은 양수여야 합니다",
    "diverged at step {step}": "{step} 스텝에서 발산",
    "f = {f}": "f = {f}",
    "step {step} / {steps}": "스텝 {step} / {steps}",
    "Optimizer paths lab…": "옵티마이저 경로 실험실…",
    "SGD, momentum, Adam and the others on 2-D test functions, side by side":
        "SGD, 모멘텀, Adam 등을 2차원 시험 함수에서 나란히 비교합니다",
    # -- registries: datasets ------------------------------------------------------------------
    "Spiral": "나선",
    "Interleaved spiral arms, one per class: hard, needs depth.": "클래스마다 하나씩 얽힌 나선 팔: 어렵고, 깊은 신경망이 필요합니다.",
    "XOR": "XOR",
    "Opposite quadrants share a class: not linearly separable.": "마주 보는 사분면이 같은 클래스: 직선으로 나눌 수 없습니다.",
    "Circles": "동심원",
    "A disk inside a ring: needs a closed boundary.": "고리 안의 원판: 닫힌 경계가 필요합니다.",
    "Moons": "반달",
    "Two interlocking half moons: a gently curved boundary.": "맞물린 두 반달: 완만하게 굽은 경계.",
    "Blobs": "덩어리",
    "Gaussian clusters on a circle, one per class: easy.": "원 위에 클래스마다 하나씩 놓인 가우스 군집: 쉽습니다.",
    "Linear": "선형",
    "Two classes either side of a straight line: the easiest.": "직선 양쪽의 두 클래스: 가장 쉽습니다.",
    "Checkerboard": "체커보드",
    "A 4x4 checkerboard of two classes: many regions.": "두 클래스의 4×4 체커보드: 영역이 많습니다.",
    # -- registries: activations ---------------------------------------------------------------
    "Step": "계단 함수",
    "Heaviside step, f(z) = 1 if z > 0 else 0.": "헤비사이드 계단 함수: z > 0이면 f(z) = 1, 아니면 0.",
    "Identity, f(z) = z.": "항등 함수, f(z) = z.",
    "Sigmoid": "시그모이드",
    "Logistic sigmoid, f(z) = 1 / (1 + e^-z); f' = f (1 - f), at most 1/4.":
        "로지스틱 시그모이드, f(z) = 1 / (1 + e^-z); f' = f (1 - f), 최대 1/4.",
    "Tanh": "tanh",
    "Hyperbolic tangent, f(z) = tanh z; f' = 1 - f^2.": "쌍곡탄젠트, f(z) = tanh z; f' = 1 - f^2.",
    "ReLU": "ReLU",
    "Rectified linear unit, f(z) = max(0, z); f' = 1 for z > 0, else 0.":
        "정류 선형 유닛, f(z) = max(0, z); z > 0이면 f' = 1, 아니면 0.",
    "Leaky ReLU": "Leaky ReLU",
    "Leaky ReLU, f(z) = z for z > 0, else slope * z (slope 0.01 by default).":
        "Leaky ReLU: z > 0이면 f(z) = z, 아니면 기울기 × z (기본 기울기 0.01).",
    "Leaky slope": "음수 쪽 기울기",
    "negative slope of leaky_relu: f(z) = slope·z for z < 0": "Leaky ReLU의 음수 쪽 기울기: z < 0이면 f(z) = 기울기·z",
    "ELU": "ELU",
    "Exponential linear unit, f(z) = z for z > 0, else α(e^z - 1) (α = 1 by default).":
        "지수 선형 유닛: z > 0이면 f(z) = z, 아니면 α(e^z - 1) (기본 α = 1).",
    "ELU α": "ELU α",
    "scale of elu's negative part": "ELU 음수 부분의 크기",
    "GELU": "GELU",
    "Gaussian error linear unit, exact form (as torch.nn.GELU):": "가우스 오차 선형 유닛, 정확한 형태 (PyTorch의 GELU와 같음):",
    "SiLU": "SiLU",
    "Sigmoid linear unit (swish), f(z) = z · σ(z); f' = σ(z) (1 + z (1 - σ(z))).":
        "시그모이드 선형 유닛(스위시), f(z) = z · σ(z); f' = σ(z) (1 + z (1 - σ(z))).",
    # -- registries: initialisations -----------------------------------------------------------
    "Auto": "자동",
    "He for ReLU-like activations, Xavier otherwise": "ReLU 계열 활성화 함수에는 He, 그 밖에는 Xavier",
    "He": "He",
    "Normal(0, √(2 / fan_in)): keeps ReLU activations' variance steady": "정규분포 N(0, √(2 / 입력 수)): ReLU 활성값의 분산을 일정하게 유지",
    "Xavier": "Xavier",
    "Normal(0, √(2 / (fan_in + fan_out))): suits tanh and sigmoid": "정규분포 N(0, √(2 / (입력 수 + 출력 수))): tanh와 시그모이드에 알맞음",
    "Normal(0, 1)": "정규분포 N(0, 1)",
    "Normal(0, 1): too large for wide layers, which shows saturation": "정규분포 N(0, 1): 넓은 층에는 너무 커서 포화가 나타남",
    "Zeros": "0으로",
    "All zero: every unit in a layer stays identical (the symmetry problem)": "모두 0: 한 층의 뉴런이 모두 똑같이 남음 (대칭성 문제)",
    # -- registries: optimizers ----------------------------------------------------------------
    "SGD": "SGD",
    "Plain gradient descent: w <- w - lr·g.": "기본 경사 하강법: w ← w − 학습률·g.",
    "Momentum": "모멘텀",
    "Heavy-ball momentum as torch: v <- μv + g; w <- w - lr·v (μ = 0.9).": "PyTorch와 같은 모멘텀: v ← μv + g; w ← w − 학습률·v (μ = 0.9).",
    "momentum coefficient μ of momentum and nesterov": "모멘텀과 네스테로프의 모멘텀 계수 μ",
    "Nesterov": "네스테로프",
    "Nesterov momentum as torch: v <- μv + g; w <- w - lr·(g + μv).": "PyTorch와 같은 네스테로프 모멘텀: v ← μv + g; w ← w − 학습률·(g + μv).",
    "RMSprop": "RMSprop",
    "RMSprop as torch: s <- αs + (1-α)g²; w <- w - lr·g / (√s + ε).": "PyTorch와 같은 RMSprop: s ← αs + (1−α)g²; w ← w − 학습률·g / (√s + ε).",
    "Adagrad": "Adagrad",
    "Adagrad as torch: s <- s + g²; w <- w - lr·g / (√s + ε), ε = 1e-10.": "PyTorch와 같은 Adagrad: s ← s + g²; w ← w − 학습률·g / (√s + ε), ε = 1e-10.",
    "Adam": "Adam",
    "Adam as torch (β = 0.9, 0.999; ε = 1e-8):": "PyTorch와 같은 Adam (β = 0.9, 0.999; ε = 1e-8):",
    "β₁": "β₁",
    "Adam's decay of the gradient's running mean": "Adam에서 기울기 이동 평균의 감쇠율",
    "β₂": "β₂",
    "Adam's decay of the squared gradient's running mean": "Adam에서 기울기 제곱 이동 평균의 감쇠율",
    "AdamW": "AdamW",
    "AdamW as torch: Adam with decoupled weight decay, w <- w (1 - lr·λ) first.": "PyTorch와 같은 AdamW: 가중치 감쇠를 분리한 Adam, 먼저 w ← w (1 − 학습률·λ).",
    # -- registries: schedules -----------------------------------------------------------------
    "Constant": "일정",
    "lr(t) = lr.": "학습률이 그대로 유지됩니다.",
    "Step decay": "계단식 감소",
    "lr(t) = lr · γ^floor(t / D): a drop by γ every D = decay_epochs epochs.": "D 에포크마다 학습률에 γ를 곱합니다 (계단식).",
    "Decay factor γ": "감소 비율 γ",
    "the lr is multiplied by γ every decay_epochs epochs": "감소 주기(에포크)마다 학습률에 γ를 곱합니다",
    "Decay every (epochs)": "감소 주기 (에포크)",
    "epochs per decay by γ": "γ를 한 번 곱하는 데 걸리는 에포크 수",
    "Exponential decay": "지수 감소",
    "lr(t) = lr · γ^(t / D): the same decay as ``step``, smoothly.": "계단식 감소와 같은 비율로, 매끄럽게 줄어듭니다.",
    "Cosine": "코사인",
    "lr(t) = lr · (1 + cos(π t / T)) / 2 for t < T, then 0 (T = the planned steps).": "학습률이 코사인 곡선을 따라 계획한 마지막 스텝에서 0이 됩니다.",
    "Warm-up + cosine": "워밍업 + 코사인",
    "Linear warm-up from lr/W to lr over W = warmup_epochs, then cosine to 0 at the end.": "워밍업 에포크 동안 학습률을 선형으로 올린 뒤, 코사인으로 끝에서 0이 됩니다.",
    "Warm-up (epochs)": "워밍업 (에포크)",
    "epochs of linear warm-up": "선형 워밍업 에포크 수",
    # -- registries: surfaces of the optimizer lab ---------------------------------------------
    "Ill-conditioned quadratic": "조건이 나쁜 이차 함수",
    "f(x, y) = x² + 10·y²": "f(x, y) = x² + 10·y²",
    "Rosenbrock": "로젠브록",
    "f(x, y) = (1 − x)² + 100·(y − x²)²": "f(x, y) = (1 − x)² + 100·(y − x²)²",
    "Beale": "빌",
    "f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²": "f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²",
    "Saddle": "안장",
    "f(x, y) = x² − y²": "f(x, y) = x² − y²",
    "Himmelblau": "히멜블라우",
    "f(x, y) = (x² + y − 11)² + (x + y² − 7)²": "f(x, y) = (x² + y − 11)² + (x + y² − 7)²",
    "Six-hump camel": "여섯 혹 낙타",
    "f(x, y) = (4 − 2.1x² + x⁴/3)·x² + xy + (−4 + 4y²)·y²": "f(x, y) = (4 − 2.1x² + x⁴/3)·x² + xy + (−4 + 4y²)·y²",
    # -- features ------------------------------------------------------------------------------
    "x₁": "x₁", "x₂": "x₂", "x₁²": "x₁²", "x₂²": "x₂²", "x₁x₂": "x₁x₂", "sin(πx₁)": "sin(πx₁)", "sin(πx₂)": "sin(πx₂)",
    # -- pinned runs and experiment files -----------------------------------------------------
    "val accuracy {v}%": "검증 정확도 {v}%",
    "{data}, {act}, hidden {hidden}, {opt} lr {lr}, batch {batch}, dropout {drop}":
        "{data}, {act}, 은닉층 {hidden}, {opt} 학습률 {lr}, 배치 {batch}, 드롭아웃 {drop}",
    "Pinned runs: tick to show their faded curves, double-click to rename": "고정한 실행: 체크하면 흐린 곡선이 보이고, 더블클릭하면 이름을 바꿉니다",
    "Pin": "고정",
    "Keep the current run (in a comparison: the focused one) as a faded ghost": "지금 실행(비교 중에는 선택한 실행)을 흐린 잔상으로 남깁니다",
    "Remove": "지우기",
    "Compare": "비교",
    "Train the pinned run's settings again beside the current ones": "고정한 실행의 설정을 지금 설정과 나란히 다시 학습합니다",
    "(none yet)": "(아직 없음)",
    "Save experiment": "실험 저장",
    "dlviz experiments (*.dlviz)": "dlviz 실험 파일 (*.dlviz)",
    "Open experiment": "실험 열기",
    "dlviz experiments (*.dlviz);;All files (*)": "dlviz 실험 파일 (*.dlviz);;모든 파일 (*)",
    "Pinned runs": "고정한 실행",
    "Open experiment…": "실험 열기…",
    "Open recent": "최근 파일 열기",
    "Save experiment…": "실험 저장…",
    "Every run, pinned run and view into one .dlviz file; Open goes on where it stopped":
        "모든 실행, 고정한 실행, 보기를 .dlviz 파일 하나에 담습니다. 열면 멈춘 곳에서 이어집니다",
    "Pin run": "실행 고정",
    "Keep this run as a faded ghost to compare the next ones with (Ctrl+P)": "이 실행을 흐린 잔상으로 남겨 다음 실행과 비교합니다 (Ctrl+P)",
    "Save failed": "저장 실패",
    "Unsaved runs": "저장하지 않은 실행",
    "Save the comparison and the pinned runs before closing?": "닫기 전에 비교와 고정한 실행을 저장할까요?",
    "Save the comparison before closing?": "닫기 전에 비교를 저장할까요?",
    "Save the pinned runs before closing?": "닫기 전에 고정한 실행을 저장할까요?",
    "Runs not saved are lost when the window closes; a .dlviz file keeps them.":
        "저장하지 않은 실행은 창을 닫으면 사라집니다. .dlviz 파일에 저장하면 남습니다.",
    "Don't ask again": "다시 묻지 않기",
    "Decision regions · {run}": "결정 경계 · {run}",
    # -- exporting pictures and history ----------------------------------------------------------
    "could not write {n} of {total} PNG files: {what}": "PNG 파일 {total}개 중 {n}개를 쓰지 못했습니다: {what}",
    "{path}: nothing to draw (the image is empty)": "{path}: 그릴 것이 없습니다 (빈 그림)",
    "{path}: the image could not be encoded as PNG": "{path}: 그림을 PNG로 저장하지 못했습니다",
    "{name} has no size yet: show or resize it before export": "{name}의 크기가 아직 없습니다: 내보내기 전에 화면에 띄우거나 크기를 바꾸세요",
    "Export history as CSV": "학습 기록을 CSV로 내보내기",
    "CSV files (*.csv)": "CSV 파일 (*.csv)",
    "Wrote {path}": "{path}에 저장했습니다",
    "Saved {path}": "{path}에 저장했습니다",
    "Opened {path}: press Play to go on": "{path}를 열었습니다: 재생을 누르면 이어서 학습합니다",
    "Cannot open experiment": "실험을 열 수 없음",
    # -- the views -----------------------------------------------------------------------------
    "z (pre-activation)": "z (활성화 전)",
    "output": "출력",
    "Activation: {name}": "활성화 함수: {name}",
    "Activation: none": "활성화 함수: 없음",
    "no hidden layer": "은닉층 없음",
    "This network has no hidden layer,\nso no layer uses an activation function.\nThe output is the softmax of a linear map.":
        "이 신경망에는 은닉층이 없어서\n활성화 함수를 쓰는 층이 없습니다.\n출력은 선형 변환의 소프트맥스입니다.",
    "Input {name}": "입력 {name}",
    "Output: probability of {name}": "출력: {name}일 확률",
    "Hidden layer {l}, unit {u}": "은닉층 {l}, 뉴런 {u}",
    "x axis": "가로축",
    "epochs": "에포크",
    "steps": "스텝",
    "seconds of training": "학습 시간(초)",
    "Compare per epoch, per update step, or per second of training time: a small batch wins per epoch and may lose per second.":
        "에포크, 갱신 스텝, 학습 시간(초) 기준으로 비교합니다: 작은 배치는 에포크 기준으로는 이기지만 초 기준으로는 질 수 있습니다.",
    "validation": "검증",
    "train": "학습",
    "epoch": "에포크",
    "training step": "학습 스텝",
    "training time (s)": "학습 시간 (초)",
    "Loss": "손실",
    "cross-entropy": "교차 엔트로피",
    "Accuracy": "정확도",
    "accuracy (%)": "정확도 (%)",
    "Hidden unit activation": "은닉 뉴런 활성값",
    "current mini-batch": "현재 미니배치",
    "kept": "유지",
    "dropped": "꺼짐",
    "Dropout, p = {p}": "드롭아웃, p = {p}",
    "Dropout masks, p = {p}": "드롭아웃 마스크, p = {p}",
    "L{n}": "{n}층",
    "sample in batch": "배치 안의 샘플",
    "unit": "뉴런",
    "No hidden layers": "은닉층 없음",
    "Dropout is off<br>(p = 0): every<br>unit is kept": "드롭아웃 꺼짐<br>(p = 0): 모든<br>뉴런 유지",
    "The masks appear with<br>the first training step": "첫 학습 스텝부터<br>마스크가 보입니다",
    "Layer {n}: {v} % kept": "{n}층: {v} % 유지",
    "layer 1 (input)": "1층 (입력)",
    "layer {n}": "{n}층",
    "‖∂L/∂W‖ (log scale)": "‖∂L/∂W‖ (로그 눈금)",
    "‖∂L/∂W‖": "‖∂L/∂W‖",
    "Dead units": "죽은 뉴런",
    "dead (%)": "죽은 뉴런 (%)",
    "Pre-activations": "활성화 전 값",
    "pre-activation z": "활성화 전 값 z",
    "count": "개수",
    "No hidden layers:<br>no unit can die or saturate": "은닉층 없음:<br>죽거나 포화될 뉴런이 없습니다",
    "Dead units: output 0 for the whole batch": "죽은 뉴런: 배치 전체에서 출력이 0",
    "layer": "층",
    "{name} f(z), right axis": "{name} f(z), 오른쪽 축",
    "|f′| &lt; {p} % of peak": "|f′| &lt; 최댓값의 {p} %",
    "Pre-activations of layer {n}": "{n}층의 활성화 전 값",
    "per step": "스텝별",
    "+{n} more": "외 {n}개",
    "input {n}": "입력 {n}",
    "In": "입력",
    "Inputs": "입력",
    "Out": "출력",
    "Output": "출력",
    "1 unit": "뉴런 1개",
    "{n} units": "뉴런 {n}개",
    "Hidden {c} ({units})": "은닉층 {c} ({units})",
    "H{c}": "은닉{c}",
    "Hidden {c}": "은닉층 {c}",
    "{name} (feature {i} of {n})": "{name} (특성 {i}/{n})",
    "value range [{lo}, {hi}] over the plane": "평면 위 값 범위 [{lo}, {hi}]",
    "Output: {name} — softmax probability": "출력: {name} — 소프트맥스 확률",
    "range [{lo}, {hi}] over the plane": "평면 위 범위 [{lo}, {hi}]",
    "Hidden {l}, unit {u} of {n} — {act}": "은닉층 {l}, 뉴런 {u}/{n} — {act}",
    "Hidden {l}, unit {u} — {act}": "은닉층 {l}, 뉴런 {u} — {act}",
    "(no data yet)": "(아직 데이터 없음)",
    "yes": "예",
    "no": "아니요",
    "output range [{lo}, {hi}] over the plane": "평면 위 출력 범위 [{lo}, {hi}]",
    "dead: {v}": "죽음: {v}",
    "dropped now: {v}": "지금 꺼짐: {v}",
    "dropout off": "드롭아웃 꺼짐",
    "value": "값",
    "weights &lt; 0": "가중치 &lt; 0",
    "weights &gt; 0": "가중치 &gt; 0",
    "biases": "편향",
    "class {k}": "클래스 {k}",
    "negative weight": "음의 가중치",
    "positive weight": "양의 가중치",
    "dead unit": "죽은 뉴런",
    "dropped (this mini-batch)": "꺼짐 (이 미니배치)",
    "seconds": "초",
    "p({name})": "p({name})",
    "chance": "우연 수준",
    "chance: ln K = {v}": "우연 수준: ln K = {v}",
    "Learning-rate schedule": "학습률 스케줄",
    "step": "스텝",
    "planned": "계획",
    "run so far": "지금까지",
    "lr {lr} at step {n}": "{n} 스텝의 학습률 {lr}",
    # -- pyqtgraph's right-click menu ----------------------------------------------------------
    "Export...": "내보내기...",
    "ViewBox options": "보기 옵션",
    "View All": "전체 보기",
    "axis": "축",
    "Mouse Mode": "마우스 모드",
    "3 button": "버튼 3개",
    "1 button": "버튼 1개",
    # -- the softmax and cross-entropy inspector -----------------------------------------------
    "Softmax pᵢ": "소프트맥스 pᵢ",
    "probability": "확률",
    "Click a point on the decision plane to see the network's softmax and cross-entropy there; click a unit in the network to see its weighted sum.":
        "결정 경계 평면의 점을 클릭하면 그 점의 소프트맥스와 교차 엔트로피를, 신경망의 뉴런을 클릭하면 그 뉴런의 가중합을 볼 수 있습니다.",
    "Label y:": "정답 y:",
    "The class the cross-entropy is measured against. A point near a sample takes that sample's label.":
        "교차 엔트로피를 잴 기준 클래스입니다. 샘플 가까이의 점은 그 샘플의 정답을 씁니다.",
    "Clear": "지우기",
    "Stop inspecting this point": "이 점 살펴보기를 그만둡니다",
    "class": "클래스",
    "logit zᵢ": "로짓 zᵢ",
    "e^zᵢ": "e^zᵢ",
    "pᵢ": "pᵢ",
    "Click a hidden or output unit in the network to see z = Σ wᵢaᵢ + b here.":
        "신경망의 은닉 뉴런이나 출력 뉴런을 클릭하면 여기에 z = Σ wᵢaᵢ + b가 보입니다.",
    "input": "입력",
    "aᵢ": "aᵢ",
    "wᵢ": "wᵢ",
    "wᵢ·aᵢ": "wᵢ·aᵢ",
    "{unit}: click a point on the decision plane to follow it through this unit.":
        "{unit}: 결정 경계 평면의 점을 클릭하면 그 점이 이 뉴런을 지나는 과정을 따라갑니다.",
    "Point x₁ = {x}, x₂ = {y}": "점 x₁ = {x}, x₂ = {y}",
    "a training sample": "학습 샘플",
    "a validation sample": "검증 샘플",
    "Snapped to {where} of class <b>{name}</b>: its label is y.": "클래스 <b>{name}</b>의 {where}에 맞췄습니다: 그 정답이 y입니다.",
    "No sample here: pick the label y (it starts as the predicted class).": "여기에는 샘플이 없습니다: 정답 y를 고르세요 (처음에는 예측한 클래스).",
    "sum Σⱼ": "합 Σⱼ",
    "p<sub>i</sub> = e<sup>z<sub>i</sub></sup> / Σ<sub>j</sub> e<sup>z<sub>j</sub></sup>; for y = <b style='color:{color}'>{name}</b>: p<sub>y</sub> = {e} / {total} = <b>{p}</b>":
        "p<sub>i</sub> = e<sup>z<sub>i</sub></sup> / Σ<sub>j</sub> e<sup>z<sub>j</sub></sup>; y = <b style='color:{color}'>{name}</b>일 때: p<sub>y</sub> = {e} / {total} = <b>{p}</b>",
    "Cross-entropy: −log p<sub>y</sub> = −ln {p} = <b>{ce}</b><br>chance (pᵢ = 1/K for every class): ln K = ln {k} = <b>{chance}</b> — {verdict}":
        "교차 엔트로피: −log p<sub>y</sub> = −ln {p} = <b>{ce}</b><br>우연 수준 (모든 클래스에서 pᵢ = 1/K): ln K = ln {k} = <b>{chance}</b> — {verdict}",
    "better than chance": "우연보다 낫습니다",
    "no better than chance": "우연보다 낫지 않습니다",
    "<b>{unit}</b> at this point: z = Σ<sub>i</sub> w<sub>i</sub>a<sub>i</sub> + b": "이 점에서 <b>{unit}</b>: z = Σ<sub>i</sub> w<sub>i</sub>a<sub>i</sub> + b",
    "unit {u}": "뉴런 {u}",
    "bias b": "편향 b",
    "z = Σ wᵢaᵢ + b": "z = Σ wᵢaᵢ + b",
    "z is the logit z<sub>{k}</sub> = <b>{z}</b> of class {name}; the softmax makes it p = e<sup>z</sup> / Σ<sub>j</sub> e<sup>z<sub>j</sub></sup> = <b>{p}</b>":
        "z는 클래스 {name}의 로짓 z<sub>{k}</sub> = <b>{z}</b>이고, 소프트맥스를 거쳐 p = e<sup>z</sup> / Σ<sub>j</sub> e<sup>z<sub>j</sub></sup> = <b>{p}</b>가 됩니다",
    "then the activation {name}: {formula}<br>f(z) = {name}({z}) = <b>{a}</b>": "이어서 활성화 함수 {name}: {formula}<br>f(z) = {name}({z}) = <b>{a}</b>",
    "Softmax inspector": "소프트맥스 살펴보기",
    "{unit}: waiting for the numbers…": "{unit}: 값을 기다리는 중…",
    # -- the loss landscape --------------------------------------------------------------------
    "Main directions of the trajectory (PCA)": "궤적의 주된 방향 (주성분 분석)",
    "Random directions, filter-normalised": "필터 정규화한 무작위 방향",
    "direction {k} ({pct}% of variance)": "방향 {k} (분산의 {pct}%)",
    "random direction 1 (filter-normalised)": "무작위 방향 1 (필터 정규화)",
    "random direction 2 (filter-normalised)": "무작위 방향 2 (필터 정규화)",
    "Loss landscape": "손실 지형",
    "direction 1": "방향 1",
    "direction 2": "방향 2",
    "training loss (log scale)": "학습 손실 (로그 눈금)",
    "training's path (projected)": "학습 경로 (투영)",
    "initial weights": "초기 가중치",
    "current weights (the centre)": "현재 가중치 (가운데)",
    "Loss landscape around the current weights": "현재 가중치 주변의 손실 지형",
    "Grid points per side (odd); the loss is evaluated at each": "한 변의 격자점 수(홀수), 점마다 손실을 계산합니다",
    "Which random directions": "어떤 무작위 방향을 쓸지",
    "Recompute": "다시 계산",
    "The slice around the weights as they are now": "지금 가중치 주변의 단면",
    "Directions": "방향",
    "Resolution": "해상도",
    "Computing… ({run}, {method}); training goes on meanwhile": "계산 중… ({run}, {method}), 그동안 학습은 계속됩니다",
    "Loss at the current weights: {loss}. {n} × {n} points.": "현재 가중치의 손실: {loss}. {n} × {n} 점.",
    "The two directions hold {pct}% of the path's variance.": "두 방향이 경로 분산의 {pct}%를 담습니다.",
    "(cancelled: part of the grid is missing)": "(취소됨: 격자 일부가 비어 있습니다)",
    "No landscape: {why}": "손실 지형 없음: {why}",
    "Loss landscape…": "손실 지형…",
    "The training loss around the current weights, with the path training took": "현재 가중치 주변의 학습 손실과 학습이 지나온 경로",
    # -- lessons -------------------------------------------------------------------------------
    "Glossary": "용어집",
    "Find a term (English or Korean)": "용어 찾기 (영어 또는 한국어)",
    "English": "영어",
    "Korean": "한국어",
    "Meaning": "뜻",
    "Meaning in Korean": "한국어 뜻",
    "Lessons": "레슨",
    "The course's lessons in order; ✓: its run has been watched to the end": "강의 순서대로 놓인 레슨입니다. ✓: 실행을 끝까지 본 레슨",
    "Predict first": "먼저 예측하기",
    "Run": "실행",
    "Look at": "살펴볼 곳",
    "Try next": "다음에 해 볼 것",
    "What the run showed": "실행 결과",
    "Back": "이전",
    "The previous lesson of the course": "강의의 이전 레슨",
    "Next": "다음",
    "The next lesson of the course": "강의의 다음 레슨",
    "The course's terms in English and Korean": "강의 용어를 영어와 한국어로",
    "Bring this view to the front and mark it": "이 보기를 앞으로 가져와 표시합니다",
    "Change the settings this way and run again": "설정을 이렇게 바꾸고 다시 실행합니다",
    "Start the run and see if you were right": "실행을 시작해 예측이 맞았는지 확인합니다",
    "Pick an answer first": "먼저 답을 고르세요",
    "Right!": "맞았습니다!",
    "The answer is: {answer}. Watch the run show it.": "정답: {answer}. 실행으로 확인해 보세요.",
    "Not quite.": "아쉽네요.",
    "The answer is: {answer}. Watch the run to see why.": "정답: {answer}. 실행을 보며 이유를 알아보세요.",
    "Checking…": "확인 중…",
    "The check could not run: {why}": "확인을 실행할 수 없습니다: {why}",
    "Thinned network": "솎아 낸 신경망",
    "Comparison tiles": "비교 타일",
    "&Help": "도움말(&H)",
    "The course's lessons, one idea at a time": "강의 레슨, 한 번에 개념 하나씩",
    # -- the learning-rate finder --------------------------------------------------------------
    "crawls": "느림",
    "learns": "학습됨",
    "diverges": "발산",
    "Learning-rate range test": "학습률 범위 시험",
    "loss (smoothed)": "손실 (평활)",
    "loss of each step": "스텝별 손실",
    "smoothed loss": "평활한 손실",
    "suggested {lr}": "추천 {lr}",
    "Find a learning rate": "학습률 찾기",
    "Run again": "다시 실행",
    "Run the test again on the current settings": "지금 설정으로 시험을 다시 실행합니다",
    "Cancel": "취소",
    "Use this learning rate": "이 학습률 쓰기",
    "Set the learning rate of the current run to the suggested one": "지금 실행의 학습률을 추천값으로 바꿉니다",
    "Close": "닫기",
    "Computing…": "계산 중…",
    "Cancelled.": "취소했습니다.",
    "Computing… step {n} of {planned}": "계산 중… {planned} 스텝 중 {n}",
    "The test failed: {why}": "시험 실패: {why}",
    "it stopped when the loss passed 4× its minimum": "손실이 최솟값의 4배를 넘어 멈췄습니다",
    "it ran the whole range": "범위 전체를 실행했습니다",
    "Suggested learning rate: {lr} (where the smoothed loss falls fastest). {steps} steps; {end}.":
        "추천 학습률: {lr} (평활한 손실이 가장 빨리 줄어드는 곳). {steps} 스텝, {end}.",
    "The learning rate is now {lr}.": "학습률을 {lr}(으)로 바꿨습니다.",
    "Find learning rate…": "학습률 찾기…",
    # -- sweeps --------------------------------------------------------------------------------
    "validation loss": "검증 손실",
    "validation accuracy": "검증 정확도",
    "training loss": "학습 손실",
    "training accuracy": "학습 정확도",
    "not run": "실행 안 됨",
    "✕ diverged\nat step {n}": "✕ 발산\n{n} 스텝",
    "Sweep": "스윕",
    "{metric} after {n} epochs": "{n} 에포크 후 {metric}",
    "2 to 8 values, separated by commas": "값 2~8개, 쉼표로 구분",
    "Every cell trains this many epochs (or until it diverges)": "칸마다 이만큼 에포크를 학습합니다 (발산하면 멈춤)",
    "Worker processes: cells train in parallel, one per core": "작업 프로세스 수: 코어마다 칸 하나씩 나란히 학습합니다",
    "Workers": "작업 프로세스",
    "Every other setting, the seed included, is the current run's: every cell starts from the same data and, where the layer shapes match, the same weights.":
        "시드를 포함한 나머지 설정은 지금 실행과 같습니다: 모든 칸이 같은 데이터에서, 층 모양이 맞으면 같은 가중치에서 시작합니다.",
    "%v of %m cells": "%m칸 중 %v칸",
    "Show": "표시",
    "What the cells' colours and numbers show: each cell's value at the end": "칸의 색과 숫자가 나타내는 것: 각 칸의 마지막 값",
    "Click a cell to make its settings the current run": "칸을 클릭하면 그 설정이 지금 실행이 됩니다",
    "{key} is chosen twice: pick two different settings": "{key}을(를) 두 번 골랐습니다: 서로 다른 설정 두 개를 고르세요",
    "The data is a CSV file: sweep a setting other than the data's": "데이터가 CSV 파일입니다: 데이터 설정이 아닌 다른 설정을 스윕하세요",
    "Training {n} cells of {e} epochs in {w} processes…": "{n}칸을 {e} 에포크씩 프로세스 {w}개로 학습하는 중…",
    "Training {n} cells of {e} epochs in one worker process…": "{n}칸을 {e} 에포크씩 작업 프로세스 하나로 학습하는 중…",
    "Cancelling…": "취소하는 중…",
    "The sweep failed: {why}": "스윕 실패: {why}",
    "Cancelled: {done} of {n} cells done.": "취소됨: {n}칸 중 {done}칸 완료.",
    "{n} cells in {s} s.": "{n}칸, {s}초.",
    "{d} diverged (grey).": "{d}칸 발산 (회색).",
    "Click a cell to make it the current run.": "칸을 클릭하면 지금 실행이 됩니다.",
    "The current run is now {cell} ({e} epochs): press Play to train it.": "지금 실행은 {cell} ({e} 에포크)입니다: 재생을 눌러 학습하세요.",
    "Sweep…": "스윕…",
    "no cells": "칸 없음",
    "a worker process (pid {pid}) ended during the cell {cell}: {how}":
        "작업 프로세스(pid {pid})가 {cell} 칸을 학습하다 끝났습니다: {how}",
    "a worker process (pid {pid}) has not answered for {s} s: stopped or hung":
        "작업 프로세스(pid {pid})가 {s}초째 응답하지 않습니다: 멈췄거나 정지되었습니다",
    "the cell {cell} failed: {why}": "{cell} 칸 실패: {why}",
    "killed by signal {n} ({name})": "신호 {n}({name})로 종료됨",
    "exit code {n}": "종료 코드 {n}",
    "Train a grid over one or two settings in parallel and compare the cells' results": "설정 한두 개의 격자를 나란히 학습하고 칸마다 결과를 비교합니다",
    "PCA: the plane in which the weights moved most while training (their path lies nearly in it). Random: two random directions, each unit's scaled to that unit's weights (Li et al. 2018).":
        "주성분 분석: 학습 중 가중치가 가장 많이 움직인 평면입니다(경로가 거의 이 평면에 놓입니다). 무작위: 두 무작위 방향으로, 뉴런마다 그 뉴런의 가중치 크기에 맞춥니다(Li 외, 2018).",
    "Each lesson sets up the window for one idea of the course, asks you to predict what the run will show, then runs it. Choose a lesson in the list: its settings replace the current ones.":
        "레슨마다 강의의 개념 하나에 맞게 창을 준비하고, 실행 결과를 먼저 예측하게 한 뒤 실행합니다. 목록에서 레슨을 고르면 그 설정이 지금 설정을 대신합니다.",
    "From fresh weights of the current settings, the learning rate grows from 0.00001 to 10, one step at a time. Where the loss falls fastest is a good learning rate. The run you are training is not changed until you use it.":
        "지금 설정의 새 가중치에서 시작해 학습률을 스텝마다 0.00001에서 10까지 키웁니다. 손실이 가장 빨리 줄어드는 곳이 좋은 학습률입니다. 추천값을 쓰기 전까지 학습 중인 실행은 바뀌지 않습니다.",
    "The learning-rate range test: train from fresh weights with a growing learning rate and suggest where the loss falls fastest":
        "학습률 범위 시험: 새 가중치에서 학습률을 키워 가며 학습하고, 손실이 가장 빨리 줄어드는 학습률을 추천합니다",
    # -- errors from below the window (Message templates, context "errors"; keys stay as they are) --
    "{name} must be a number, got {value!r}": "{name} 값은 숫자여야 합니다. 입력: {value!r}",
    "{name} must be finite, got {value!r}": "{name} 값은 유한한 수여야 합니다. 입력: {value!r}",
    "{name} must be an integer, got {value!r}": "{name} 값은 정수여야 합니다. 입력: {value!r}",
    "{name} must be {lo:g} to {hi:g}, got {value!r}": "{name} 값은 {lo:g}~{hi:g} 사이여야 합니다. 입력: {value!r}",
    "unknown config key(s): {keys}": "알 수 없는 설정 키: {keys}",
    "{name} must be {lo} to {hi}, got {value}": "{name} 값은 {lo}~{hi} 사이여야 합니다. 입력: {value}",
    "features: {problem}": "입력 특성(features): {problem}",
    "hidden must be comma-separated layer widths such as 32,32; got {value!r}":
        "hidden은 32,32처럼 쉼표로 구분한 층 너비여야 합니다. 입력: {value!r}",
    "hidden must be a list of layer widths, got {value!r}": "hidden은 층 너비의 목록이어야 합니다. 입력: {value!r}",
    "{name} must be a name, got {value!r}": "{name} 값은 이름(문자열)이어야 합니다. 입력: {value!r}",
    "unknown {name} {value!r}; choose from {choices}": "알 수 없는 {name} 값 {value!r}: {choices} 중에서 고르세요",
    "{name} must be a finite number, got {value!r}": "{name} 값은 유한한 수여야 합니다. 입력: {value!r}",
    "bad features {features!r}": "잘못된 입력 특성 {features!r}",
    "at most {n} hidden layers, got {count}": "은닉층은 최대 {n}개입니다. 입력: {count}개",
    "hidden layer widths must be 1 to {hi}, got {hidden}": "은닉층 너비는 1~{hi} 사이여야 합니다. 입력: {hidden}",
    "epochs must be 0 (until paused) to {hi}, got {value}": "epochs 값은 0(일시 정지할 때까지)~{hi} 사이여야 합니다. 입력: {value}",
    "{file}, line {line}: {problem}": "{file}, {line}번째 줄: {problem}",
    "line {line}: {problem}": "{line}번째 줄: {problem}",
    "{file}: {problem}": "{file}: {problem}",
    "the header names column {column!r} more than once": "머리글에 {column!r} 열이 두 번 이상 있습니다",
    "{column} {text} is not a number": "{column} 값 {text}은(는) 숫자가 아닙니다",
    "{column} has a value that is not a number": "{column} 열에 숫자가 아닌 값이 있습니다",
    "found {n} fields, expected 3 (x1, x2, label); name the columns x1, x2 and label in a header to use other columns":
        "필드가 {n}개입니다. 3개(x1, x2, label)여야 합니다. 다른 열을 쓰려면 머리글에 x1, x2, label 열 이름을 적으세요",
    "{n} field": "필드 {n}개",
    "{n} fields": "필드 {n}개",
    "the line is longer than {n} characters: not rows of x1, x2, label": "줄이 {n}자보다 깁니다: x1, x2, label 행이 아닙니다",
    "the file is empty": "파일이 비어 있습니다",
    "the file has no data rows": "파일에 데이터 행이 없습니다",
    "found {fields}, expected 3 (x1, x2, label)": "{fields}가 있습니다. 3개(x1, x2, label)여야 합니다",
    "found {fields}, expected {width} like the first row": "{fields}가 있습니다. 첫 행처럼 {width}개여야 합니다",
    "the label is empty": "클래스 이름(label)이 비어 있습니다",
    "more than {n} data rows; the limit is {n}": "데이터 행이 {n}개를 넘습니다. 최대 {n}개까지 읽습니다",
    "malformed CSV: {problem}": "CSV 형식이 잘못되었습니다: {problem}",
    "the file has a header but no data rows": "파일에 머리글만 있고 데이터 행이 없습니다",
    "label {label} makes more than {max} classes ({n} in all); at most {max} are supported":
        "클래스 이름 {label} 때문에 클래스가 {max}개를 넘습니다(모두 {n}개). 최대 {max}개까지 쓸 수 있습니다",
    "needs at least 2 classes, found 1: {label}": "클래스가 2개 이상 필요한데 1개뿐입니다: {label}",
    "file not found: {path}": "파일을 찾을 수 없습니다: {path}",
    "{path} is a directory, not a CSV file": "{path}은(는) 폴더입니다. CSV 파일이 아닙니다",
    "{path} is not a regular file (a pipe or a device?), not a CSV file":
        "{path}은(는) 일반 파일이 아닙니다(파이프나 장치?). CSV 파일이 아닙니다",
    "cannot access {path}: {problem}": "{path}에 접근할 수 없습니다: {problem}",
    "the file is not valid UTF-8; save it as UTF-8": "파일이 올바른 UTF-8이 아닙니다. UTF-8로 저장하세요",
    "not valid UTF-8 (byte 0x{byte:02x} is byte {column} of the line); save the file as UTF-8":
        "올바른 UTF-8이 아닙니다(줄의 {column}번째 바이트 0x{byte:02x}). 파일을 UTF-8로 저장하세요",
    "cannot read the file: {problem}": "파일을 읽을 수 없습니다: {problem}",
    "x{j} {text} is not a finite number": "x{j} 값 {text}은(는) 유한한 수가 아닙니다",
    "x{j} {text} is too large; values must lie within ±{limit}": "x{j} 값 {text}이(가) 너무 큽니다. 값은 ±{limit} 안에 있어야 합니다",
    "{where}: unknown key {key!r}": "{where}: 알 수 없는 키 {key!r}",
    "{where}: {key} holds a list; compare hidden_layers or neurons instead":
        "{where}: {key}은(는) 목록입니다. 대신 hidden_layers나 neurons를 비교하세요",
    "{where}: {key} holds a list; sweep hidden_layers or neurons instead":
        "{where}: {key}은(는) 목록입니다. 대신 hidden_layers나 neurons를 스윕하세요",
    "{where}: an empty value": "{where}: 빈 값이 있습니다",
    "{where}: give {lo} to {hi} values, got {n}": "{where}: 값을 {lo}~{hi}개 주세요. 입력: {n}개",
    "{where}: a value is given twice": "{where}: 같은 값이 두 번 있습니다",
    "{flag} {label}: {problem}": "{flag} {label}: {problem}",
    "member {name!r} points outside the archive": "항목 {name!r}이(가) 압축 파일 밖을 가리킵니다",
    "member {name!r} declares {size} bytes, more than a dlviz file holds":
        "항목 {name!r}의 크기가 {size}바이트로, dlviz 파일이 담을 수 있는 것보다 큽니다",
    "{name} is missing": "{name}이(가) 없습니다",
    "{name}: {problem}": "{name}: {problem}",
    "{name} is damaged ({problem})": "{name}이(가) 손상되었습니다 ({problem})",
    "not a dlviz experiment (its manifest names another format)": "dlviz 실험 파일이 아닙니다 (목록 파일이 다른 형식을 가리킵니다)",
    "the manifest's version {version!r} is not a version": "목록 파일의 버전 {version!r}은(는) 올바른 버전이 아닙니다",
    "written by a newer dlviz (format version {version}; this one reads up to {known})":
        "더 새로운 dlviz로 저장한 파일입니다 (형식 버전 {version}, 이 버전은 {known}까지 읽습니다)",
    "the manifest lists no runs": "목록 파일에 실행이 없습니다",
    "the manifest's pinned runs are not a list of at most {n} folders": "목록 파일의 고정한 실행이 폴더 {n}개 이하의 목록이 아닙니다",
    "pinned run {folder}: {problem}": "고정한 실행 {folder}: {problem}",
    "no such file": "파일이 없습니다",
    "not a dlviz file, or cut short ({problem})": "dlviz 파일이 아니거나 중간에 잘렸습니다 ({problem})",
    "cannot be read ({problem})": "읽을 수 없습니다 ({problem})",
    "run {i} of the manifest has no folder": "목록 파일의 실행 {i}에 폴더가 없습니다",
    "{folder}: the saved state does not fit its config ({kind}: {problem})":
        "{folder}: 저장된 상태가 설정과 맞지 않습니다 ({kind}: {problem})",
    # -- files that may be anything (a pipe, a device, a huge or deeply nested JSON) --------------
    "is a folder, not a file": "파일이 아니라 폴더입니다",
    "is not a regular file (a pipe or a device?)": "일반 파일이 아닙니다 (파이프나 장치 파일인가요?)",
    "is too big ({size} bytes; at most {limit})": "너무 큽니다 ({size}바이트, 최대 {limit}바이트)",
    "is too big (more than {limit} bytes)": "너무 큽니다 ({limit}바이트 초과)",
    "not valid JSON ({problem})": "올바른 JSON이 아닙니다 ({problem})",
    "its JSON nests deeper than {n} levels": "JSON이 {n}단계보다 깊게 중첩되어 있습니다",
    "holds {n} members, more than a dlviz file has": "항목이 {n}개로, dlviz 파일에 있을 수 있는 것보다 많습니다",
    "{name}: array {key} holds Python objects (a pickle), which dlviz never reads":
        "{name}: 배열 {key}에 파이썬 객체(pickle)가 들어 있습니다. dlviz는 이를 읽지 않습니다",
    "{name}: array {key} has the type {dtype}, not one dlviz saves":
        "{name}: 배열 {key}의 자료형 {dtype}은(는) dlviz가 저장하는 자료형이 아닙니다",
    "{name}: array {key} has shape {shape} ({dtype}), not what dlviz saves there":
        "{name}: 배열 {key}의 모양 {shape} ({dtype})이(가) dlviz가 저장하는 모양과 다릅니다",
    "{name}: array {key} claims {size} bytes but holds {held}":
        "{name}: 배열 {key}은(는) {size}바이트라고 적혀 있지만 실제로는 {held}바이트입니다",
    "window.json: {problem}": "window.json: {problem}",
    "not an object": "객체가 아닙니다",
    "compare must map settings to lists of values": "compare는 설정마다 값 목록을 지정해야 합니다",
    "{key} is not an object": "{key}이(가) 객체가 아닙니다",
    "focus {value} is not the number of one of its {n} runs": "focus {value}은(는) 실행 {n}개 중 하나의 번호가 아닙니다",
    "{key} is not a name": "{key}이(가) 이름이 아닙니다",
    "{key} must be an integer 0 to {hi}, got {value}": "{key}은(는) 0~{hi}의 정수여야 합니다. 입력: {value}",
    "{key} must be true or false, got {value}": "{key}은(는) true나 false여야 합니다. 입력: {value}",
    "{key} must be a number, got {value}": "{key}은(는) 숫자여야 합니다. 입력: {value}",
    "a config must be a JSON object of settings, got {kind}": "설정은 JSON 객체여야 합니다. 입력: {kind}",
    "run {i} of the manifest has a label that is not a short text":
        "목록 파일의 실행 {i}의 이름이 짧은 텍스트가 아닙니다",
}

#: Where one English string needs another Korean in one context: {context: {source: Korean}}.
BY_CONTEXT: dict[str, dict[str, str]] = {}

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_HTML = re.compile(r"<[^>]+>|&[a-z]+;")


def check(source: str, korean: str) -> str | None:
    """Why ``korean`` cannot stand for ``source`` (placeholders, markup, lines), or None."""
    if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(korean)):
        return f"placeholders differ: {_PLACEHOLDER.findall(source)} vs {_PLACEHOLDER.findall(korean)}"
    if sorted(t for t in _HTML.findall(source) if t.startswith("<")) != \
            sorted(t for t in _HTML.findall(korean) if t.startswith("<")):
        return "HTML tags differ"
    if source.count("\n") != korean.count("\n"):
        return "line breaks differ"
    if "&" in source and source.count("&") - source.count("&&") - len(_HTML.findall(source)) > 0:
        if korean.count("&") - len(_HTML.findall(korean)) < 1:
            return "menu accelerator (&) missing"
    return None


def fill(ts: Path) -> tuple[int, list[tuple[str, str]]]:
    """Write KO into every entry of ``ts``; (entries filled, (context, source) of those KO lacks)."""
    tree = ET.parse(ts)
    filled, missing, bad = 0, [], []
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for msg in context.findall("message"):
            source = msg.findtext("source") or ""
            korean = BY_CONTEXT.get(name, {}).get(source, KO.get(source))
            if korean is None:
                missing.append((name, source))
                continue
            why = check(source, korean)
            if why:
                bad.append(f"[{name}] {source!r}: {why}")
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            tr.attrib.pop("type", None)
            tr.text = korean
            filled += 1
    if bad:
        sys.exit("i18n_ko: fix these:\n  " + "\n  ".join(bad))
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    update_translations._add_doctype(ts)
    return filled, missing


def unused(ts: Path) -> list[str]:
    """Entries of KO (and BY_CONTEXT) that no source string of ``ts`` asks for any more."""
    sources = {m.findtext("source") for c in ET.parse(ts).getroot().findall("context") for m in c.findall("message")}
    extra = [k for table in BY_CONTEXT.values() for k in table]
    return [k for k in [*KO, *extra] if k not in sources]


def main() -> int:
    update_translations.main([])  # the .ts up to date with the sources (unfinished entries are expected here)
    filled, missing = fill(update_translations.TS)
    print(f"i18n_ko: {filled} entries translated")
    for ctx, source in missing:
        print(f"  not in KO: [{ctx}] {source!r}")
    for source in unused(update_translations.TS):
        print(f"  in KO but no longer in the sources (remove it): {source!r}")
    return update_translations.main([])  # compile; 1 if anything is left unfinished


if __name__ == "__main__":
    sys.exit(main())
